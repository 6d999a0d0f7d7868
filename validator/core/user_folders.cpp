#include "validator/core/user_folders.h"

#include <cstdlib>
#include <string>

#include "validator/core/config_error.h"

namespace konform {
namespace fs = std::filesystem;
namespace {

struct Base {
  const char* variable;
  const char* below_home;
};

Base base_of(UserFolder kind) {
  switch (kind) {
    case UserFolder::config:
      return {"XDG_CONFIG_HOME", ".config"};
    case UserFolder::data:
      return {"XDG_DATA_HOME", ".local/share"};
    case UserFolder::cache:
      break;
  }
  return {"XDG_CACHE_HOME", ".cache"};
}

}  // namespace

fs::path user_folder(UserFolder kind) {
  const Base base = base_of(kind);
  if (const char* value = std::getenv(base.variable); value && *value == '/')
    return fs::path(value) / "konform";
  if (const char* home = std::getenv("HOME"); home && *home == '/')
    return fs::path(home) / base.below_home / "konform";
  return {};
}

fs::path require_user_folder(UserFolder kind) {
  fs::path folder = user_folder(kind);
  if (!folder.empty()) return folder;
  const std::string variable = base_of(kind).variable;
  throw ConfigError("neither " + variable +
                    " nor HOME names an absolute folder, so konform cannot find its user folder")
      .with_german("weder " + variable +
                   " noch HOME nennt einen absoluten Ordner; konform findet seinen "
                   "Benutzerordner nicht");
}

}  // namespace konform
