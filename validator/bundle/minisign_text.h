// The line structure shared by minisign's key and signature files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::bundle {

/// A small text file's content (keys, signatures: at most 64 KiB); throws ConfigError when it
/// cannot be read or is larger.
std::string read_text_file(const std::filesystem::path& file);

/// The lines of `text` without their line ends ("\n" or "\r\n"), the last one kept even without.
std::vector<std::string> minisign_lines(const std::string& text);

}  // namespace konform::bundle
