#include "reports/profile_store_renderers.h"

namespace konform::reports {
namespace {

std::string signer(const store::InstalledProfile& installed) {
  return installed.key_id.empty() ? "unsigned" : "key " + installed.key_id;
}

}  // namespace

void render_installed_profiles_text(std::span<const store::InstalledProfile> profiles,
                                    std::ostream& out) {
  for (const auto& installed : profiles) {
    out << installed.id << " " << installed.version << "  " << signer(installed)
        << "  bundle sha256 " << installed.bundle_sha256 << "\n    " << installed.dir.string()
        << "\n";
  }
}

void render_install_outcome_text(const store::InstallOutcome& outcome, std::ostream& out) {
  const auto& installed = outcome.installed;
  out << "konform: " << (outcome.already_there ? "already installed: " : "installed ")
      << installed.id << " " << installed.version << " (" << signer(installed) << ")\n  into "
      << installed.dir.string() << "\n  bundle sha256 " << installed.bundle_sha256 << "\n";
}

void render_removed_profiles_text(std::span<const store::InstalledProfile> removed,
                                  std::ostream& out) {
  for (const auto& profile : removed) {
    out << "konform: removed " << profile.id << " " << profile.version << " from "
        << profile.dir.string() << "\n";
  }
}

void render_registry_releases_text(std::span<const RegistryReleaseListing> releases,
                                   std::ostream& out) {
  for (const auto& release : releases) {
    out << release.id << " " << release.version << "  " << release.bundle_url << "\n    sha256 "
        << release.sha256 << "\n";
  }
}

}  // namespace konform::reports
