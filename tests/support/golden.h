// Golden-file comparison shared by the renderer and command tests: the output must equal
// tests/golden/<folder>/<name> byte for byte. KONFORM_UPDATE_GOLDEN=1 rewrites the golden file
// instead (an explicit command; check the diff by eye). On a difference the actual output is
// written under the build folder and the first differing line is named.
#pragma once

#include <string>

namespace konform::test {

/// Checks `actual` against tests/golden/`folder`/`name` (BOOST_TEST: the calling test fails).
void check_golden(const std::string& actual, const std::string& folder, const std::string& name);

}  // namespace konform::test
