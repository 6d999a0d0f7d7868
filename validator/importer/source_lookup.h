// Finding a bundle's artefact by file name in folders the user names (--schematron-source,
// --schema-source): published configurations refer to files laid out differently from where the
// user has them. The shallowest match wins; two at the same depth are ambiguous.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace konform::importer {

/// A file found by name, and the folder it was found in (both canonical): what it includes or
/// imports must stay inside that folder.
struct FoundSource {
  std::filesystem::path file;
  std::filesystem::path folder;
};

/// The file named `file_name` under `folders` (searched recursively, in order; the first folder
/// with a match decides): the one nearest to that folder. Throws ConfigError when two candidates
/// are equally near, naming both; nullopt when there is none.
std::optional<FoundSource> find_by_name(const std::vector<std::filesystem::path>& folders,
                                        const std::string& file_name);

}  // namespace konform::importer
