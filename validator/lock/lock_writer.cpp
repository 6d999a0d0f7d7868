// Writing konform.lock: one profile element per profile of the chain, parents first, artefacts
// sorted by path, then the waiver file, so the same chain always gives the same bytes and diffs
// show what changed.
#include "validator/core/config_error.h"
#include "validator/core/xml_writer.h"
#include "validator/lock/lock_file.h"
#include "validator/store/profile_store.h"

namespace konform::lock {

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
  using Element = XmlWriter::Element;
  XmlWriter xml(out);
  xml.declaration();
  xml.comment(
      " Written by `konform profile lock`. Commit it: `konform validate` in this folder\n"
      "     then refuses profiles or artefacts that differ from these. ");
  {
    const Element root(xml, "lock", XmlWriter::WhenEmpty::kOpenAndClose);
    xml.namespace_declaration(kLockNamespace);
    for (const auto& profile : lock.profiles) {
      const Element element(xml, "profile", XmlWriter::WhenEmpty::kOpenAndClose);
      xml.attribute("id", profile.id);
      xml.attribute("version", profile.version);
      xml.attribute("level", profile.level);
      xml.attribute("sha256", profile.sha256);
      xml.optional_attribute("bundle", profile.bundle_sha256);
      xml.optional_attribute("signedBy", profile.signed_by);
      for (const auto& artefact : profile.artefacts) {
        const Element artefact_element(xml, "artefact");
        xml.attribute("path", artefact.digest.path);
        xml.attribute("sha256", artefact.digest.sha256);
      }
    }
    if (lock.waivers) {
      const Element waivers(xml, "waivers");
      xml.attribute("path", lock.waivers->path);
      xml.attribute("sha256", lock.waivers->sha256);
    }
  }
  xml.finish();
}

}  // namespace konform::lock
