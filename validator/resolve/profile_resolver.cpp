#include "validator/resolve/profile_resolver.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "validator/bundle/bundle_manifest.h"
#include "validator/core/config_error.h"
#include "validator/core/did_you_mean.h"
#include "validator/profile/artefact_hash.h"
#include "validator/profile/manifest_loader.h"
#include "validator/profile/version.h"
#include "validator/resolve/shipped_profiles.h"
#include "validator/store/profile_store.h"

namespace konform {
namespace fs = std::filesystem;

std::vector<fs::path> profile_search_path(const std::vector<fs::path>& from_options) {
  std::vector<fs::path> path = from_options;
  if (const char* env = std::getenv("KONFORM_PROFILE_PATH"); env && *env) {
    std::string_view rest(env);
    while (!rest.empty()) {
      auto colon = rest.find(':');
      auto part = rest.substr(0, colon);
      if (!part.empty()) path.emplace_back(part);
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
  }
  // A project keeps its own profiles next to its messages; the shipped ones come last.
  path.emplace_back(kWorkingFolderProfiles);
  // Installed profiles (konform profile install), the user's before the system's; only stores
  // that exist, so that messages listing the search path name no folder nobody made.
  for (auto& store : store::profile_store_dirs()) {
    std::error_code ec;
    if (fs::is_directory(store, ec)) path.push_back(std::move(store));
  }
  if (auto shipped = shipped_profiles_dir()) path.push_back(std::move(*shipped));
  return path;
}

namespace {

SemanticVersion version_of(const Profile& profile) {
  // The manifest schema guarantees the form; a broken one sorts lowest.
  return SemanticVersion::parse(profile.version).value_or(SemanticVersion{});
}

std::string where(const Profile& profile) {
  return profile.manifest.empty() ? profile.dir.string() : profile.manifest.string();
}

/// What installing adds to a profile folder: the bundle's manifest and the install record.
bool is_install_metadata(const fs::path& file, const fs::path& folder) {
  return file.parent_path() == folder && (file.filename() == bundle::kBundleManifestName ||
                                          file.filename() == store::kInstallRecordName);
}

/// The SHA-256 over every regular file below `folder` (names and contents), but for what
/// installing adds: an installed copy and the folder it was packed from are the same profile.
std::string sha256_of_folder(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && !is_install_metadata(it->path(), folder)) {
      files.push_back(it->path());
    }
  }
  return sha256_of_artefacts(files, folder);
}

/// Two folders with the same id and version are one profile when they hold the same files: the
/// shipped copy and a checkout's profiles/ folder, seen from inside the checkout, leave no choice
/// to make. Folders that differ are an ambiguity the user must settle.
bool same_profile_files(const Profile& a, const Profile& b) {
  return sha256_of_folder(a.dir) == sha256_of_folder(b.dir);
}

}  // namespace

ProfileCatalogue find_profiles(const std::vector<fs::path>& search_path) {
  ProfileCatalogue catalogue;
  std::set<fs::path> seen_folders;
  for (const auto& folder : search_path) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    std::vector<fs::path> manifests;
    for (fs::recursive_directory_iterator
             it(folder, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
      // A profile being installed or removed is not there yet, or no longer.
      if (it->is_directory(ec) &&
          it->path().filename().string().rfind(store::kPartialPrefix, 0) == 0) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->path().filename() == kManifestFileName && it->is_regular_file(ec)) {
        manifests.push_back(it->path());
      }
    }
    std::sort(manifests.begin(), manifests.end());
    for (const auto& manifest : manifests) {
      // The same folder reached twice (a search path entry inside another) counts once.
      if (!seen_folders.insert(fs::canonical(manifest.parent_path())).second) continue;
      catalogue.profiles.push_back(load_profile(manifest.parent_path()));
    }
  }
  std::stable_sort(catalogue.profiles.begin(), catalogue.profiles.end(),
                   [](const Profile& a, const Profile& b) {
                     if (a.id != b.id) return a.id < b.id;
                     return version_of(b) < version_of(a);
                   });
  for (std::size_t i = 1; i < catalogue.profiles.size();) {
    const auto& a = catalogue.profiles[i - 1];
    const auto& b = catalogue.profiles[i];
    if (a.id != b.id || a.version != b.version) {
      ++i;
      continue;
    }
    if (!same_profile_files(a, b)) {
      throw ConfigError("profile " + a.id + " " + a.version + " is defined twice: " + where(a) +
                        " and " + where(b));
    }
    // The one found first on the search path stays (the sort above is stable).
    catalogue.profiles.erase(catalogue.profiles.begin() + static_cast<std::ptrdiff_t>(i));
  }
  return catalogue;
}

namespace {

constexpr const char* kCommandLine = "the command line";
constexpr const char* kSearchPathFix =
    "add the folder that holds it with --profile-path DIR or KONFORM_PROFILE_PATH=DIR[:DIR...], "
    "or name the profile's folder: --profile DIR";
constexpr const char* kSearchPathFixDe =
    "den Ordner, der es enth\u00e4lt, mit --profile-path ORDNER oder "
    "KONFORM_PROFILE_PATH=ORDNER[:ORDNER...] angeben, oder den Ordner des Profils nennen: "
    "--profile ORDNER";

struct Requirement {
  std::string range;        // as written; empty: any
  std::string required_by;  // "id version (manifest:line)" or "the command line"
};

class Resolver {
 public:
  explicit Resolver(const ResolveOptions& options) : options_(options) {}

  void select_spec(const std::string& spec) {
    std::error_code ec;
    if (fs::is_directory(spec, ec)) {
      Profile profile = load_profile(spec);
      check_applies(profile, "selected on the command line");
      pin(std::move(profile), {"", kCommandLine});
      return;
    }
    auto at = spec.find('@');
    std::string id = spec.substr(0, at);
    std::string range = at == std::string::npos ? "" : spec.substr(at + 1);
    if (!range.empty() && !VersionRange::parse(range)) {
      throw ConfigError("'" + range + "' in --profile " + spec + " is not a version range");
    }
    if (auto it = selected_.find(id);
        it != selected_.end() && !range.empty() &&
        !VersionRange::parse(range)->contains(version_of(it->second))) {
      select_side_by_side(id, range);
      return;
    }
    require(id, {range, kCommandLine}, {});
  }

  ResolvedProfiles finish() {
    ResolvedProfiles out;
    std::set<std::string> done;
    std::vector<std::string> stack;
    for (const auto& id : order_) visit(id, stack, done, out.chain);
    // Their parents are selected (and visited) already: only the versions themselves are left.
    for (const auto& profile : side_by_side_) out.chain.push_back(profile);
    for (const auto& profile : out.chain) {
      if (profile.deprecated) {
        out.notices.push_back("profile " + profile.id + " " + profile.version + " is deprecated" +
                              (profile.replaced_by.empty() ? "" : "; use " + profile.replaced_by));
      }
    }
    return out;
  }

 private:
  const ProfileCatalogue& catalogue() {
    if (!catalogue_) catalogue_ = find_profiles(options_.search_path);
    return *catalogue_;
  }

  bool fits(const Profile& profile, const std::string& id) const {
    if (auto pin = options_.pinned.find(id);
        pin != options_.pinned.end() && profile.version != pin->second) {
      return false;
    }
    auto it = requirements_.find(id);
    if (it == requirements_.end()) return true;
    for (const auto& requirement : it->second) {
      if (requirement.range.empty()) continue;
      auto range = VersionRange::parse(requirement.range);
      if (range && !range->contains(version_of(profile))) return false;
    }
    return true;
  }

  void check_applies(const Profile& profile, const std::string& why) const {
    if (!profile.validity.applies_on(options_.as_of)) {
      throw ConfigError(
          "profile " + profile.id + " " + profile.version + " (" + why + ") applies from " +
              (profile.validity.from.empty() ? "the start" : profile.validity.from) + " to " +
              (profile.validity.to.empty() ? "open end" : profile.validity.to) + ", not on " +
              options_.as_of + " (see --as-of)",
          where(profile));
    }
  }

  void pin(Profile profile, Requirement requirement) {
    const std::string id = profile.id;
    if (auto it = selected_.find(id); it != selected_.end()) {
      if (it->second.version != profile.version) {
        add_side_by_side(std::move(profile));
        return;
      }
      if (it->second.dir != profile.dir) {
        throw ConfigError("profile " + id + " selected twice: " + where(it->second) + " and " +
                          where(profile));
      }
      return;
    }
    requirements_[id].push_back(requirement);
    order_.push_back(id);
    selected_.emplace(id, std::move(profile));
    expand(selected_.at(id));
  }

  /// Adds a requirement on `id` and selects (or re-checks) the version that serves it.
  void require(const std::string& id, Requirement requirement, const std::string& chain) {
    requirements_[id].push_back(requirement);
    if (auto it = selected_.find(id); it != selected_.end()) {
      if (!fits(it->second, id)) {
        std::string who;
        for (const auto& r : requirements_[id]) {
          who += "\n  " + (r.range.empty() ? std::string("any version") : r.range) + " by " +
                 r.required_by;
        }
        if (auto pin = options_.pinned.find(id); pin != options_.pinned.end()) {
          who += "\n  " + pin->second + " by " + options_.pinned_by + "\n" + kRelockFix;
        }
        throw ConfigError("version conflict for profile " + id + ": " + it->second.version +
                          " was chosen, but the requirements cannot all be met:" + who);
      }
      return;
    }
    const Profile* best = nullptr;
    std::vector<const Profile*> not_applying;
    for (const auto& candidate : catalogue().profiles) {
      if (candidate.id != id || !fits(candidate, id)) continue;
      if (!candidate.validity.applies_on(options_.as_of)) {
        not_applying.push_back(&candidate);
        continue;
      }
      best = &candidate;  // sorted highest version first
      break;
    }
    if (best == nullptr) {
      if (auto pin = options_.pinned.find(id); pin != options_.pinned.end()) {
        throw ConfigError(pin_conflict(id, pin->second));
      }
      std::string message =
          "profile " + id +
          (requirement.range.empty() ? "" : " (version " + requirement.range + ")") +
          ", required by " + requirement.required_by + chain;
      if (!not_applying.empty()) {
        message += ": version " + not_applying.front()->version + " exists but does not apply on " +
                   options_.as_of + " (valid " + not_applying.front()->validity.from + " to " +
                   not_applying.front()->validity.to + ")";
        throw ConfigError(message);
      }
      throw not_on_search_path(id, requirement, chain);
    }
    order_.push_back(id);
    selected_.emplace(id, *best);
    expand(selected_.at(id));
  }

  /// The command line names an id again with a range its selected version does not fit: that
  /// range selects a version of its own, checked beside the first (two versions of a standard
  /// side by side; each input goes to the version whose document types accept it).
  void select_side_by_side(const std::string& id, const std::string& range) {
    const auto wanted = VersionRange::parse(range);
    const Profile* best = nullptr;
    for (const auto& candidate : catalogue().profiles) {
      if (candidate.id != id || !wanted->contains(version_of(candidate))) continue;
      if (!candidate.validity.applies_on(options_.as_of)) continue;
      best = &candidate;  // sorted highest version first
      break;
    }
    if (best == nullptr) throw not_on_search_path(id, {range, kCommandLine}, "");
    if (options_.pinned.count(id) > 0) {
      throw ConfigError(options_.pinned_by + " pins one version of profile " + id +
                        ", but the command line selects " + selected_.at(id).version + " and " +
                        best->version +
                        " side by side (a lock pins one version per id; pass "
                        "--no-lock)")
          .with_german(options_.pinned_by + " legt Profil " + id +
                       " auf eine Version fest, die Befehlszeile w\u00e4hlt aber " +
                       selected_.at(id).version + " und " + best->version +
                       " nebeneinander (eine Sperrdatei legt eine Version je Id fest; "
                       "--no-lock angeben)");
    }
    add_side_by_side(*best);
  }

  void add_side_by_side(Profile profile) {
    for (const auto& other : side_by_side_) {
      if (other.id == profile.id && other.version == profile.version) return;
    }
    side_by_side_.push_back(std::move(profile));
    expand(side_by_side_.back());
  }

  /// An id found nowhere: where konform looked, the nearest ids it knows and how to add a folder.
  ConfigError not_on_search_path(const std::string& id, const Requirement& requirement,
                                 const std::string& chain) {
    std::vector<std::string> known;
    for (const auto& profile : catalogue().profiles) known.push_back(profile.id);
    std::string folders;
    for (const auto& folder : options_.search_path) folders += "\n  " + folder.string();
    const std::string range =
        requirement.range.empty() ? "" : " (version " + requirement.range + ")";
    const std::string suggestion = did_you_mean(id, known);
    const std::string suggestion_de = did_you_mean(id, known, true);
    const bool by_command_line = requirement.required_by == kCommandLine;
    return ConfigError("profile " + id + range + ", required by " + requirement.required_by +
                       chain + ", is not on the search path" +
                       (suggestion.empty() ? "" : "; " + suggestion) +
                       "\nsearched, in this order:" + folders + "\n" + kSearchPathFix)
        .with_german("Profil " + id + range + ", verlangt von " +
                     (by_command_line ? "der Befehlszeile" : requirement.required_by) + chain +
                     ", ist nicht im Suchpfad" +
                     (suggestion_de.empty() ? "" : "; " + suggestion_de) +
                     "\ndurchsucht, in dieser Reihenfolge:" + folders + "\n" + kSearchPathFixDe);
  }

  /// Why the version a lock pins cannot be taken, and the ways out.
  std::string pin_conflict(const std::string& id, const std::string& pinned) {
    const auto& candidates = catalogue().profiles;
    auto locked = std::find_if(candidates.begin(), candidates.end(),
                               [&](const Profile& p) { return p.id == id && p.version == pinned; });
    std::string why;
    std::string fix = kRelockFix;
    if (locked == candidates.end()) {
      fix = "  (put version " + pinned +
            " on the search path with --profile-path, run `konform profile lock` again to lock a "
            "version that is there, or pass --no-lock to ignore the lock)";
      std::string found;
      for (const auto& candidate : candidates) {
        if (candidate.id == id) found += (found.empty() ? "" : ", ") + candidate.version;
      }
      why = "which is not on the search path (" +
            (found.empty() ? "no version is" : "versions found: " + found) + ")";
    } else if (!locked->validity.applies_on(options_.as_of)) {
      why = "which does not apply on " + options_.as_of + " (valid " + locked->validity.from +
            " to " + locked->validity.to + ")";
    } else {
      for (const auto& requirement : requirements_[id]) {
        auto range = VersionRange::parse(requirement.range);
        if (range && !range->contains(version_of(*locked))) {
          why = "but " + requirement.range + " is required by " + requirement.required_by;
          break;
        }
      }
    }
    if (why.empty()) why = "which cannot be taken";
    return options_.pinned_by + " pins profile " + id + " to version " + pinned + ", " + why +
           "\n" + fix;
  }

  static constexpr const char* kRelockFix =
      "  (run `konform profile lock` again to lock a version that fits, change the version "
      "range, or pass --no-lock to ignore the lock)";

  void expand(const Profile& profile) {
    for (const auto& parent : profile.extends) {
      require(parent.id,
              {parent.version_range, profile.id + " " + profile.version + " (" +
                                         profile.manifest.string() + ":" +
                                         std::to_string(parent.line) + ")"},
              "");
    }
  }

  /// Depth-first, parents first; a profile met again on the current path is a cycle.
  void visit(const std::string& id, std::vector<std::string>& stack, std::set<std::string>& done,
             std::vector<Profile>& out) {
    if (done.count(id)) return;
    if (std::find(stack.begin(), stack.end(), id) != stack.end()) {
      std::string cycle;
      for (auto it = std::find(stack.begin(), stack.end(), id); it != stack.end(); ++it)
        cycle += *it + " -> ";
      throw ConfigError("cycle in 'extends': " + cycle + id);
    }
    stack.push_back(id);
    const Profile& profile = selected_.at(id);
    for (const auto& parent : profile.extends) visit(parent.id, stack, done, out);
    stack.pop_back();
    done.insert(id);
    out.push_back(profile);
  }

  const ResolveOptions& options_;
  std::optional<ProfileCatalogue> catalogue_;
  std::map<std::string, Profile> selected_;
  std::map<std::string, std::vector<Requirement>> requirements_;
  std::vector<std::string> order_;
  /// Further versions of ids selected on the command line, in the order named.
  std::vector<Profile> side_by_side_;
};

}  // namespace

ResolvedProfiles resolve_profiles(const std::vector<std::string>& specs,
                                  const ResolveOptions& options) {
  Resolver resolver(options);
  for (const auto& spec : specs) resolver.select_spec(spec);
  return resolver.finish();
}

}  // namespace konform
