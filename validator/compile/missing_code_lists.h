// The code lists a compiled chain's schemas (and <codeBinding>s) name but none of its profiles
// carries: what `codelist-unknown-list` would report on every message that uses them, found
// before any message is checked, so profile authors and the XÖV import can list them.
#pragma once

#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/missing_code_list_use.h"

namespace konform {

/// Sorted by (URI, version). A binding without a fixed version is missing only when the chain
/// carries no version of the list at all.
std::vector<MissingCodeListUse> missing_code_lists(const CompiledProfile& compiled);

}  // namespace konform
