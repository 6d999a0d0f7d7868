#include "validator/store/xdg_folders.h"

#include <cstdlib>
#include <string>

#include "validator/core/config_error.h"

namespace konform::store {
namespace fs = std::filesystem;
namespace {

fs::path base_dir(const char* variable, const char* below_home) {
  if (const char* value = std::getenv(variable); value && *value == '/') return fs::path(value);
  if (const char* home = std::getenv("HOME"); home && *home == '/')
    return fs::path(home) / below_home;
  throw ConfigError(std::string("neither ") + variable +
                    " nor HOME names an absolute folder, so konform cannot find its user folder")
      .with_german(std::string("weder ") + variable +
                   " noch HOME nennt einen absoluten Ordner; konform findet seinen "
                   "Benutzerordner nicht");
}

}  // namespace

fs::path user_config_dir() { return base_dir("XDG_CONFIG_HOME", ".config") / "konform"; }
fs::path user_data_dir() { return base_dir("XDG_DATA_HOME", ".local/share") / "konform"; }

}  // namespace konform::store
