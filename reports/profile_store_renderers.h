// Renderers of what `konform profile install|remove|list --installed|search|update` print about
// the profile stores and registries: pure functions of plain values
// (validator/core/installed_profile.h, registry_release_listing.h), for the terminal.
#pragma once

#include <ostream>
#include <span>

#include "validator/core/installed_profile.h"
#include "validator/core/registry_release_listing.h"

namespace konform::reports {

/// `profile list --installed`: two lines each, "id version  signer  bundle sha256 …" and the
/// folder, indented.
void render_installed_profiles_text(std::span<const store::InstalledProfile> profiles,
                                    std::ostream& out);

/// Installed (or already installed): id, version and signer, the folder and the bundle's SHA-256.
void render_install_outcome_text(const store::InstallOutcome& outcome, std::ostream& out);

/// One line per removed version, with the folder it was removed from.
void render_removed_profiles_text(std::span<const store::InstalledProfile> removed,
                                  std::ostream& out);

/// `profile search`: two lines each, "id version  bundle URL" and the bundle's SHA-256.
void render_registry_releases_text(std::span<const RegistryReleaseListing> releases,
                                   std::ostream& out);

}  // namespace konform::reports
