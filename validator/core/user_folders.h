// The per-user folders konform keeps its state in, as the XDG Base Directory Specification names
// them: $XDG_CONFIG_HOME (default ~/.config) for the trust store, $XDG_DATA_HOME (default
// ~/.local/share) for installed profiles, $XDG_CACHE_HOME (default ~/.cache) for compiled
// profiles. A relative value is ignored, as the specification asks.
#pragma once

#include <filesystem>

namespace konform {

enum class UserFolder { config, data, cache };

/// `<base>/konform` for `kind`; empty when neither its XDG variable nor HOME names an absolute
/// folder (the cache is then off; the stores throw, see require_user_folder).
std::filesystem::path user_folder(UserFolder kind);

/// As user_folder, but throws ConfigError saying which variables to set when it is empty.
std::filesystem::path require_user_folder(UserFolder kind);

}  // namespace konform
