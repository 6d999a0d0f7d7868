// Writing konform.lock: one profile element per profile of the chain, parents first, artefacts
// sorted by path, then the waiver file, so the same chain always gives the same bytes and diffs
// show what changed.
#include <string_view>

#include "validator/core/config_error.h"
#include "validator/core/xml_escape.h"
#include "validator/lock/lock_file.h"
#include "validator/store/profile_store.h"

namespace konform::lock {
namespace {

std::string attribute(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + xml_escape_attribute(value) + "\"";
}

}  // namespace

LockFile lock_of(const CompiledProfile& compiled,
                 const std::optional<std::filesystem::path>& waivers) {
  LockFile lock;
  if (waivers) lock.waivers = LockedWaivers{waivers->generic_string(), sha256_of_file(*waivers), 0};
  for (std::size_t i = 0; i < compiled.profiles.size(); ++i) {
    const ProfileSummary& summary = compiled.profiles[i];
    for (const auto& locked : lock.profiles) {
      // A lock pins one version per id; one that lost a version would be worse than none.
      if (locked.id != summary.id) continue;
      throw ConfigError("the chain selects profile " + summary.id + " in versions " +
                        locked.version + " and " + summary.version +
                        " side by side; a lock pins one version per id, so none is written")
          .with_german("die Kette w\u00e4hlt Profil " + summary.id + " in den Versionen " +
                       locked.version + " und " + summary.version +
                       " nebeneinander; eine Sperrdatei legt eine Version je Id fest, daher "
                       "wird keine geschrieben");
    }
    LockedProfile profile{summary.id, summary.version, summary.level, summary.sha256, {}, 0, "",
                          ""};
    if (i < compiled.artefacts.size()) {
      for (const auto& digest : compiled.artefacts[i]) profile.artefacts.push_back({digest, 0});
    }
    lock.profiles.push_back(std::move(profile));
  }
  return lock;
}

void record_installed_bundles(LockFile& lock, const std::vector<Profile>& chain,
                              const std::vector<std::filesystem::path>& stores) {
  for (const auto& profile : chain) {
    const auto installed = store::installed_profile_in(profile.dir, stores);
    if (!installed) continue;
    for (auto& locked : lock.profiles) {
      if (locked.id != profile.id) continue;
      locked.bundle_sha256 = installed->bundle_sha256;
      locked.signed_by = installed->key_id;
    }
  }
}

void write_lock_file(const LockFile& lock, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!-- Written by `konform profile lock`. Commit it: `konform validate` in this folder\n"
      << "     then refuses profiles or artefacts that differ from these. -->\n"
      << "<lock xmlns=\"" << kLockNamespace << "\">\n";
  for (const auto& profile : lock.profiles) {
    out << "  <profile" << attribute("id", profile.id) << attribute("version", profile.version)
        << attribute("level", profile.level) << attribute("sha256", profile.sha256);
    if (!profile.bundle_sha256.empty()) out << attribute("bundle", profile.bundle_sha256);
    if (!profile.signed_by.empty()) out << attribute("signedBy", profile.signed_by);
    out << ">\n";
    for (const auto& artefact : profile.artefacts) {
      out << "    <artefact" << attribute("path", artefact.digest.path)
          << attribute("sha256", artefact.digest.sha256) << "/>\n";
    }
    out << "  </profile>\n";
  }
  if (lock.waivers) {
    out << "  <waivers" << attribute("path", lock.waivers->path)
        << attribute("sha256", lock.waivers->sha256) << "/>\n";
  }
  out << "</lock>\n";
}

}  // namespace konform::lock
