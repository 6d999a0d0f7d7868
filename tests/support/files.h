// Reading whole files in tests.
#pragma once

#include <filesystem>
#include <string>

namespace konform::test {

/// The bytes of `path`. Fails the calling test when it cannot be opened.
std::string read_text(const std::filesystem::path& path);

}  // namespace konform::test
