#include "validator/resolve/profile_resolver.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include "validator/core/config_error.h"
#include "validator/profile/manifest_loader.h"

#ifndef KONFORM_SHIPPED_PROFILES_DIR
#define KONFORM_SHIPPED_PROFILES_DIR ""
#endif

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
  if (std::string_view(KONFORM_SHIPPED_PROFILES_DIR).size() > 0) {
    path.emplace_back(KONFORM_SHIPPED_PROFILES_DIR);
  }
  return path;
}

ProfileCatalogue find_profiles(const std::vector<fs::path>& search_path) {
  ProfileCatalogue catalogue;
  std::set<std::string> seen;
  for (const auto& folder : search_path) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    std::vector<fs::path> manifests;
    for (fs::recursive_directory_iterator
             it(folder, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
      if (it->path().filename() == kManifestFileName && it->is_regular_file(ec)) {
        manifests.push_back(it->path());
      }
    }
    std::sort(manifests.begin(), manifests.end());
    for (const auto& manifest : manifests) {
      Profile profile = load_profile(manifest.parent_path());
      if (!seen.insert(profile.id).second) {
        catalogue.shadowed.push_back(profile.manifest);
        continue;
      }
      catalogue.profiles.push_back(std::move(profile));
    }
  }
  return catalogue;
}

std::vector<Profile> resolve_profiles(const std::vector<std::string>& specs,
                                      const std::vector<fs::path>& search_path) {
  std::vector<Profile> resolved;
  std::optional<ProfileCatalogue> catalogue;  // searched only when some spec is an id
  for (const auto& spec : specs) {
    std::error_code ec;
    Profile profile;
    if (fs::is_directory(spec, ec)) {
      profile = load_profile(spec);
    } else {
      if (!catalogue) catalogue = find_profiles(search_path);
      auto it = std::find_if(catalogue->profiles.begin(), catalogue->profiles.end(),
                             [&](const Profile& p) { return p.id == spec; });
      if (it == catalogue->profiles.end()) {
        std::string searched;
        for (const auto& folder : search_path) searched += " " + folder.string();
        throw ConfigError("profile '" + spec +
                          "' is neither a folder nor a profile id found on the "
                          "search path:" +
                          searched);
      }
      profile = *it;
    }
    if (!profile.extends.empty()) {
      throw ConfigError("profile '" + profile.id + "' extends '" + profile.extends.front().id +
                            "': layered profiles are not supported by this konform version",
                        profile.manifest.string());
    }
    for (const auto& other : resolved) {
      if (other.id == profile.id) {
        throw ConfigError("profile '" + profile.id + "' selected twice (" + other.dir.string() +
                          " and " + profile.dir.string() + ")");
      }
    }
    resolved.push_back(std::move(profile));
  }
  return resolved;
}

}  // namespace konform
