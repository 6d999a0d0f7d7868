#include "validator/cli/chain_setup.h"

#include <iostream>
#include <memory>
#include <vector>

#include "validator/cli/project_files.h"
#include "validator/lock/lock_check.h"
#include "validator/resolve/profile_resolver.h"
#include "validator/rules/registry.h"
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

std::vector<Profile> resolve_chain(const std::vector<std::string>& specs,
                                   const std::vector<std::string>& profile_path,
                                   const std::string& as_of, const lock::LockFile* lock) {
  ResolveOptions options{profile_search_path(as_paths(profile_path)), as_of};
  if (lock) {
    options.pinned = lock::pins_of(*lock);
    options.pinned_by = lock->file;
  }
  ResolvedProfiles resolved = resolve_profiles(specs, options);
  if (lock) lock::verify_chain(*lock, resolved.chain);
  for (const auto& notice : resolved.notices) std::cerr << "konform: note: " << notice << "\n";
  return std::move(resolved.chain);
}

std::unique_ptr<cache::Store> open_cache(bool disabled) {
  if (disabled) return nullptr;
  return cache::Store::open(cache::default_directory());
}

CompiledProfile compile_chain(const std::vector<Profile>& profiles, const std::string& as_of,
                              const lock::LockFile* lock, const cache::Store* cache) {
  CompiledProfile compiled = compile_profiles(profiles, as_of, cache);
  if (lock) lock::verify_compiled(*lock, compiled);
  return compiled;
}

std::optional<waive::WaiverFile> waivers_to_apply(const ChainOptions& options,
                                                  const lock::LockFile* lock) {
  const auto file = project_file(options.waivers, options.no_waivers, waive::kWaiverFileName);
  if (lock) lock::verify_waivers(*lock, file, options.no_waivers);
  if (!file) return std::nullopt;
  return waive::read_waiver_file(*file);
}

std::optional<Severity> waiver_expired_severity(const CompiledProfile& compiled) {
  const auto& rules = compiled.policy.rules();
  auto it = rules.find(std::string(rules::kWaiverExpired));
  if (it == rules.end()) return Severity::kWarning;
  if (!it->second.enabled) return std::nullopt;
  return it->second.severity;
}

}  // namespace konform::cli
