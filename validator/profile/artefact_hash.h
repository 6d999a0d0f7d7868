// SHA-256 fingerprints of profiles, so a report names exactly which artefacts produced it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform {

/// Lower-case hex SHA-256 of a file's bytes. Throws ConfigError when it cannot be read.
std::string sha256_of_file(const std::filesystem::path& file);

/// One SHA-256 over a set of artefacts: the hash of the sorted lines "<sha256>  <path relative to
/// base>\n", so it changes when any artefact's content, name or membership changes.
std::string sha256_of_artefacts(const std::vector<std::filesystem::path>& files,
                                const std::filesystem::path& base);

}  // namespace konform
