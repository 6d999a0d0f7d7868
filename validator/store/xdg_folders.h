// The XDG base folders konform keeps its user state in (the XDG Base Directory Specification):
// $XDG_CONFIG_HOME (default ~/.config) for the trust store, $XDG_DATA_HOME (default
// ~/.local/share) for installed profiles. A relative value is ignored, as the specification asks.
#pragma once

#include <filesystem>

namespace konform::store {

/// $XDG_CONFIG_HOME/konform, else $HOME/.config/konform; throws ConfigError when neither is set.
std::filesystem::path user_config_dir();
/// $XDG_DATA_HOME/konform, else $HOME/.local/share/konform; throws ConfigError likewise.
std::filesystem::path user_data_dir();

}  // namespace konform::store
