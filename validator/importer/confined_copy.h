// Copying a bundle's artefacts into a new profile folder. Files keep their layout relative to
// their deepest common folder, so the relative references between them (includes, imports) still
// resolve, and no copy can land outside the profile folder.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace konform::importer {

/// Copies `files` (canonical paths) into `profile_dir / subfolder`; returns, for each source, its
/// copy's path relative to `profile_dir` in generic form (as manifest hrefs write it). Throws
/// ConfigError when a file cannot be copied.
std::map<std::filesystem::path, std::string> copy_into_profile(
    const std::vector<std::filesystem::path>& files, const std::filesystem::path& profile_dir,
    const std::string& subfolder);

/// Creates `dir` for a new profile; refuses (ConfigError) a path that exists and is not an empty
/// folder, so an import never overwrites anything.
void create_profile_folder(const std::filesystem::path& dir);

}  // namespace konform::importer
