// `konform cache info` (where the compiled-profile cache lives, how many entries, how big) and
// `konform cache clear` (removes every entry). See validator/cache/cache_store.h; the output is
// reports/cache_renderers.h.
#include <iostream>
#include <memory>

#include "reports/cache_renderers.h"
#include "validator/cache/cache_store.h"
#include "validator/cli/command_group.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/core/config_error.h"
#include "validator/core/user_folders.h"

namespace konform::cli {

Command add_cache_command(CLI::App& app) {
  CLI::App* cmd = add_command_group(app, "cache", "The compiled-profile cache on disk");
  CLI::App* info_cmd =
      cmd->add_subcommand("info", "Where the cache is, how many entries it holds, how big");
  CLI::App* clear_cmd = cmd->add_subcommand("clear", "Remove every cache entry");
  return [info_cmd, clear_cmd] {
    const auto directory = user_folder(UserFolder::cache);
    if (directory.empty()) throw ConfigError("no cache folder: set XDG_CACHE_HOME or HOME");
    if (info_cmd->parsed()) {
      reports::render_cache_info_text(cache::info(directory), std::cout);
      return static_cast<int>(kExitOk);
    }
    if (clear_cmd->parsed()) {
      reports::render_cache_cleared_text(directory, cache::clear(directory), std::cout);
      return static_cast<int>(kExitOk);
    }
    return static_cast<int>(kExitConfig);
  };
}

}  // namespace konform::cli
