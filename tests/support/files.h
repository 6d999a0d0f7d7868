// Reading whole files in tests.
#pragma once

#include <filesystem>
#include <string>

namespace konform::test {

/// The bytes of `path`. Fails the calling test when it cannot be opened.
std::string read_text(const std::filesystem::path& path);

/// Writes `text` to `path` byte for byte, creating the folders above it.
void write_text(const std::filesystem::path& path, const std::string& text);

/// `text` with the first `from` replaced by `to`; fails the test when the fixture lacks `from`.
std::string replace_first(std::string text, const std::string& from, const std::string& to);

/// `text` with every `from` replaced by `to`.
std::string replace_all(std::string text, const std::string& from, const std::string& to);

}  // namespace konform::test
