// `konform profile diff A B [--format text|markdown|json] [--profile-path DIR]...`: what changed
// from profile A to profile B (each a folder, a `.kpkg` bundle, or an id[@range] on the search
// path) — document types, rules, code lists and the files the profiles' hashes cover. A bundle is
// checked against its own manifest and unpacked into a scratch folder; its signature is not asked
// for, as a diff installs nothing. Exit codes as diff(1)'s: 0 no differences, 1 differences, 2 a
// usage or configuration error.
#include <iostream>

#include "reports/profile_diff_renderers.h"
#include "validator/bundle/unpacked_bundle.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/profile_subcommands.h"
#include "validator/cli/repeatable_option.h"
#include "validator/compile/compiled_profile.h"
#include "validator/profilediff/profile_diff.h"
#include "validator/resolve/profile_resolver.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

/// diff(1)'s exit code for "the inputs differ"; the same number as kExitFindings.
constexpr int kExitDifferences = 1;

struct DiffArguments {
  std::string from;
  std::string to;
  std::vector<std::string> profile_path;
  std::string format = "text";
};

/// Resolves and compiles one side without a validation date: a diff compares everything the
/// chain holds, also the versions and document types that apply only before or after today.
profilediff::ProfileSnapshot snapshot(const std::string& spec,
                                      const std::vector<fs::path>& search_path) {
  ResolveOptions resolve;
  resolve.search_path = search_path;
  const ResolvedProfiles resolved = resolve_profiles({spec}, resolve);
  for (const auto& notice : resolved.notices) std::cerr << "konform: note: " << notice << "\n";
  const auto cache = open_cache(false);
  const CompiledProfile compiled = compile_profiles(resolved.chain, "", cache.get());
  return profilediff::snapshot_of(resolved.chain, compiled);
}

/// A bundle side is unpacked for as long as its snapshot is taken; the note on stderr says which
/// release it is, since the diff's own heading shows only what its profile.xml states.
profilediff::ProfileSnapshot snapshot_of_side(const std::string& side_name, const std::string& spec,
                                              const std::vector<fs::path>& search_path) {
  if (!bundle::names_bundle_file(spec)) return snapshot(spec, search_path);
  const bundle::UnpackedBundle unpacked{fs::path(spec)};
  std::cerr << "konform: note: " << side_name << " is bundle " << unpacked.manifest().id << " "
            << unpacked.manifest().version << " (" << spec
            << "; checked against its manifest, signature not checked: a diff installs nothing)\n";
  return snapshot(unpacked.folder().string(), search_path);
}

int run_diff(const DiffArguments& arguments) {
  const auto search_path = profile_search_path(as_paths(arguments.profile_path));
  const ProfileDiff diff =
      profilediff::diff_profiles(snapshot_of_side("A", arguments.from, search_path),
                                 snapshot_of_side("B", arguments.to, search_path));
  reports::render_profile_diff(diff, arguments.format, std::cout);
  return diff.empty() ? kExitOk : kExitDifferences;
}

}  // namespace

Subcommand add_profile_diff_command(CLI::App& profile) {
  auto arguments = std::make_shared<DiffArguments>();
  CLI::App* cmd = profile.add_subcommand(
      "diff",
      "What changed from profile A to B: document types, rules, code lists, artefacts "
      "(exit 0 none, 1 differences). A .kpkg bundle must match its own manifest; its signature "
      "is not checked, as a diff installs nothing");
  cmd->add_option("A", arguments->from, "The older profile: folder, .kpkg bundle or id[@range]")
      ->required();
  cmd->add_option("B", arguments->to, "The newer profile: folder, .kpkg bundle or id[@range]")
      ->required();
  cmd->add_option("--format", arguments->format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  add_repeatable_option(cmd, "--profile-path", arguments->profile_path,
                        "Extra folder to search; repeatable");
  return {cmd, [arguments] { return run_diff(*arguments); }};
}

}  // namespace konform::cli
