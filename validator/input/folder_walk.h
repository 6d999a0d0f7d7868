// Listing the files of a folder tree, for input discovery.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace konform {

/// The paths of the entries under `folder` (recursively, in no particular order) whose name
/// `wanted` accepts and that are not folders, each written as `folder` + '/' + the names below
/// it, the way std::filesystem::recursive_directory_iterator writes them (no '/' is added after a
/// folder that ends in one). Like that iterator with skip_permission_denied, symbolic links to
/// folders are not followed, and a subfolder that may not be read is passed over. An entry that
/// is neither a file nor a folder, or a link that leads nowhere, is returned: the check stage
/// reports it as unreadable, so nothing is skipped silently.
/// Throws ConfigError, located at the folder, when a folder cannot be listed.
std::vector<std::string> files_under(const std::string& folder,
                                     const std::function<bool(std::string_view name)>& wanted);

}  // namespace konform
