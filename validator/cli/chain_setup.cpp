#include "validator/cli/chain_setup.h"

#include <iostream>
#include <memory>
#include <utility>
#include <vector>

#include "validator/cli/project_files.h"
#include "validator/core/config_error.h"
#include "validator/core/user_folders.h"
#include "validator/pipeline/dates.h"
#include "validator/xsdtypes/plain_date.h"

namespace konform::cli {

CLI::Validator iso_date_check() {
  return CLI::Validator(
      [](std::string& value) {
        return xsdtypes::is_plain_date(value)
                   ? std::string()
                   : "'" + value + "' is not a date; expected YYYY-MM-DD";
      },
      "DATE");
}

void add_chain_options(CLI::App* cmd, ChainOptions& options, const ChainOptionHelp& help) {
  cmd->add_option("--profile", options.profiles, help.profile)->allow_extra_args(false);
  cmd->add_option("--profile-path", options.profile_path,
                  "Extra folder to search for profiles by id; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--as-of", options.as_of,
                  "Validation date YYYY-MM-DD for dated artefacts (default: today)")
      ->check(iso_date_check());
  auto* lock_option = cmd->add_option(
      "--lock", options.lock, "Lock file to honour (default: konform.lock here, if present)");
  cmd->add_flag("--no-lock", options.no_lock, "Ignore any lock file")->excludes(lock_option);
  auto* waivers_option = cmd->add_option("--waivers", options.waivers, help.waivers);
  cmd->add_flag("--no-waivers", options.no_waivers, "Apply no waivers")->excludes(waivers_option);
  cmd->add_flag("--no-cache", options.no_cache,
                "Compile every schema afresh; neither read nor write the compiled-profile cache");
}

std::vector<std::filesystem::path> as_paths(const std::vector<std::string>& strings) {
  return {strings.begin(), strings.end()};
}

std::unique_ptr<cache::Store> open_cache(bool disabled) {
  if (disabled) return nullptr;
  return cache::Store::open(user_folder(UserFolder::cache));
}

std::optional<lock::LockFile> lock_to_honour(const ChainOptions& options, bool adhoc) {
  const auto file = project_file(options.lock, options.no_lock, lock::kLockFileName);
  if (!file) return std::nullopt;
  if (adhoc && options.profiles.empty()) {
    if (!options.lock.empty())
      throw ConfigError("--lock needs --profile (ad-hoc mode has no chain)");
    return std::nullopt;
  }
  return lock::read_lock_file(*file);
}

pipeline::BuiltChain build_chain(const ChainOptions& options, const std::string& as_of,
                                 std::optional<lock::LockFile> lock, std::optional<Profile> adhoc) {
  pipeline::ChainRequest request;
  request.waivers = pipeline::waivers_to_apply(
      project_file(options.waivers, options.no_waivers, waive::kWaiverFileName), options.no_waivers,
      lock ? &*lock : nullptr);
  request.specs = options.profiles;
  request.profile_path = as_paths(options.profile_path);
  request.as_of = as_of;
  request.lock = std::move(lock);
  request.adhoc = std::move(adhoc);
  request.use_cache = !options.no_cache;
  pipeline::BuiltChain chain = pipeline::build_chain(std::move(request));
  for (const auto& notice : chain.notices) std::cerr << "konform: note: " << notice << "\n";
  return chain;
}

}  // namespace konform::cli
