#include "validator/cli/profile_lock_command.h"

#include <iostream>
#include <sstream>

#include "reports/lock_summary_renderer.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/project_files.h"
#include "validator/cli/repeatable_option.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/atomic_file.h"
#include "validator/lock/lock_file.h"
#include "validator/resolve/profile_resolver.h"
#include "validator/store/profile_store.h"
#include "validator/waive/waiver_file.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

struct LockOptions {
  std::vector<std::string> profiles;
  std::vector<std::string> profile_path;
  std::string as_of;
  std::string output = lock::kLockFileName;
  std::string waivers;  // empty: konform-waivers.xml in the working folder, if any
  bool no_waivers = false;
};

/// Through a temporary file and a rename: an interrupted run never leaves half a lock behind.
void write_atomically(const lock::LockFile& lock, const fs::path& target) {
  std::ostringstream text;
  lock::write_lock_file(lock, text);
  write_file_atomically(target, text.str());
}

int run_lock(const LockOptions& options) {
  const std::vector<fs::path> folders(options.profile_path.begin(), options.profile_path.end());
  const ResolvedProfiles resolved =
      resolve_profiles(options.profiles, {profile_search_path(folders), options.as_of});
  for (const auto& notice : resolved.notices) std::cerr << "konform: note: " << notice << "\n";
  // Compiling finds every file the chain reads (what schemas import, what rule sets include, what
  // catalogs chain to) and proves the chain usable.
  lock::LockFile lock =
      lock::lock_of(compile_profiles(resolved.chain, options.as_of),
                    project_file(options.waivers, options.no_waivers, waive::kWaiverFileName));
  lock::record_installed_bundles(lock, resolved.chain, store::profile_store_dirs());
  if (options.output == "-") {
    lock::write_lock_file(lock, std::cout);
    return kExitOk;
  }
  write_atomically(lock, options.output);
  std::size_t artefacts = 0;
  for (const auto& profile : lock.profiles) artefacts += profile.artefacts.size();
  reports::render_lock_summary_text(
      {options.output, lock.profiles.size(), artefacts, lock.waivers ? lock.waivers->path : ""},
      std::cerr);
  return kExitOk;
}

}  // namespace

Subcommand add_profile_lock_command(CLI::App& profile, std::function<std::string()> today) {
  auto options = std::make_shared<LockOptions>();
  CLI::App* cmd = profile.add_subcommand(
      "lock", "Write konform.lock: the resolved chain's versions and artefact hashes");
  add_repeatable_option(cmd, "--profile", options->profiles,
                        "Profile id[@range] or folder; repeatable")
      ->required();
  add_repeatable_option(cmd, "--profile-path", options->profile_path,
                        "Extra folder to search; repeatable");
  cmd->add_option("--as-of", options->as_of, "Validation date YYYY-MM-DD (default: today)")
      ->check(iso_date_check());
  cmd->add_option("--output", options->output, "Where to write the lock (default: konform.lock)");
  auto* waivers = cmd->add_option("--waivers", options->waivers,
                                  "Waiver file validate will apply, pinned too (default: "
                                  "konform-waivers.xml here, if present)");
  cmd->add_flag("--no-waivers", options->no_waivers, "Pin no waiver file")->excludes(waivers);
  return {cmd, [options, today] {
            if (options->as_of.empty()) options->as_of = today();
            return run_lock(*options);
          }};
}

}  // namespace konform::cli
