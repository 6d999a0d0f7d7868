#include "validator/store/profile_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/core/user_folders.h"
#include "validator/profile/version.h"

namespace konform::store {
namespace fs = std::filesystem;
namespace {

std::optional<InstalledProfile> read_record(const fs::path& dir) {
  std::ifstream in(dir / kInstallRecordName, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  const auto json = nlohmann::json::parse(text.str(), nullptr, false);
  if (!json.is_object()) {
    throw ConfigError("not an install record: konform wrote none like it; remove the folder",
                      (dir / kInstallRecordName).string())
        .with_german("kein Installationsvermerk, wie konform ihn schreibt; den Ordner entfernen");
  }
  return InstalledProfile{json.value("id", ""), json.value("version", ""),
                          json.value("bundleSha256", ""), json.value("key", ""), dir};
}

bool same_folder(const fs::path& a, const fs::path& b) {
  std::error_code error;
  return fs::equivalent(a, b, error);
}

}  // namespace

fs::path profile_store_dir(bool system) {
  return system ? fs::path("/var/lib/konform/profiles")
                : require_user_folder(UserFolder::data) / "profiles";
}

std::vector<fs::path> profile_store_dirs() {
  return {profile_store_dir(false), profile_store_dir(true)};
}

std::optional<InstalledProfile> installed_profile_in(const fs::path& dir,
                                                     const std::vector<fs::path>& stores) {
  const fs::path store = fs::absolute(dir).lexically_normal().parent_path().parent_path();
  const bool in_a_store = std::any_of(stores.begin(), stores.end(),
                                      [&](const fs::path& s) { return same_folder(s, store); });
  return in_a_store ? read_record(dir) : std::nullopt;
}

std::vector<InstalledProfile> installed_profiles(const fs::path& store) {
  std::vector<InstalledProfile> installed;
  std::error_code error;
  for (fs::directory_iterator ids(store, error), end; !error && ids != end; ids.increment(error)) {
    if (!ids->is_directory() || ids->path().filename().string().rfind(kPartialPrefix, 0) == 0) {
      continue;
    }
    std::error_code inner;
    for (fs::directory_iterator versions(ids->path(), inner); !inner && versions != end;
         versions.increment(inner)) {
      if (auto record = read_record(versions->path())) installed.push_back(std::move(*record));
    }
  }
  std::sort(installed.begin(), installed.end(), [](const auto& a, const auto& b) {
    if (a.id != b.id) return a.id < b.id;
    const auto va = SemanticVersion::parse(a.version).value_or(SemanticVersion{});
    const auto vb = SemanticVersion::parse(b.version).value_or(SemanticVersion{});
    return vb < va;
  });
  return installed;
}

std::vector<InstalledProfile> remove_installed(const fs::path& store, const std::string& id,
                                               const std::string& version) {
  std::vector<InstalledProfile> removed;
  for (auto& profile : installed_profiles(store)) {
    if (profile.id != id || (!version.empty() && profile.version != version)) continue;
    // Out of the search path in one step, then deleted: a reader never sees half a profile.
    const fs::path doomed =
        store / (std::string(kPartialPrefix) + "removed-" + id + "-" + profile.version);
    std::error_code error;
    fs::rename(profile.dir, doomed, error);
    if (error) {
      throw ConfigError("cannot remove " + id + " " + profile.version + ": " + error.message(),
                        profile.dir.string())
          .with_german(id + " " + profile.version +
                       " lässt sich nicht entfernen: " + error.message());
    }
    fs::remove_all(doomed, error);
    removed.push_back(std::move(profile));
  }
  std::error_code error;
  fs::remove(store / id, error);  // only when empty: other versions stay
  if (removed.empty()) {
    const std::string what = id + (version.empty() ? "" : " " + version);
    throw ConfigError("profile " + what + " is not installed in " + store.string() +
                      " (konform profile list --installed shows what is)")
        .with_german("Profil " + what + " ist in " + store.string() +
                     " nicht installiert (konform profile list --installed zeigt, was es ist)");
  }
  return removed;
}

}  // namespace konform::store
