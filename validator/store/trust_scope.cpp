#include "validator/store/trust_scope.h"

#include <fnmatch.h>

#include <algorithm>

#include "validator/core/config_error.h"

namespace konform::store {

void check_scope_pattern(const std::string& pattern) {
  const auto allowed = [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '*' || c == '?';
  };
  if (pattern.empty() || !std::all_of(pattern.begin(), pattern.end(), allowed)) {
    throw ConfigError("'" + pattern +
                      "' is not a scope: give profile ids or globs over them, e.g. --for "
                      "'de.sn.*' (letters, digits, '.', '-', '_', '*', '?')")
        .with_german("'" + pattern +
                     "' ist kein Geltungsbereich: Profil-IDs oder Muster darüber angeben, z. B. "
                     "--for 'de.sn.*' (Buchstaben, Ziffern, '.', '-', '_', '*', '?')");
  }
}

bool scope_covers(const std::vector<std::string>& scope, const std::string& id) {
  // Ids hold no '/', so fnmatch's flags make no difference; '[' never reaches it (checked above).
  return std::any_of(scope.begin(), scope.end(), [&](const std::string& pattern) {
    return fnmatch(pattern.c_str(), id.c_str(), 0) == 0;
  });
}

}  // namespace konform::store
