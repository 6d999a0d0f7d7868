#include "validator/cli/project_files.h"

#include "validator/core/config_error.h"

namespace konform::cli {
namespace fs = std::filesystem;

std::optional<fs::path> project_file(const std::string& given, bool off, const char* default_name) {
  if (off) return std::nullopt;
  std::error_code ec;
  if (!given.empty()) {
    if (!fs::is_regular_file(given, ec)) {
      throw ConfigError(
          std::string("file not found; name an existing file, or leave the option out "
                      "to use ") +
              default_name + " in the working folder when there is one",
          given);
    }
    return fs::path(given);
  }
  if (fs::is_regular_file(default_name, ec)) return fs::path(default_name);
  return std::nullopt;
}

}  // namespace konform::cli
