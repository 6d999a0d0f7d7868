// The files a project keeps next to its messages and `konform validate` picks up by itself:
// konform.lock and konform-waivers.xml. Each is used when named by its option, else when it
// exists in the working folder, and never when its --no-... flag is given.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace konform::cli {

/// The file to use: `given` if not empty (it must exist), else `default_name` in the working
/// folder if it exists there; nullopt when `off` or when there is none.
std::optional<std::filesystem::path> project_file(const std::string& given, bool off,
                                                  const char* default_name);

}  // namespace konform::cli
