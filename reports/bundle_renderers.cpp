#include "reports/bundle_renderers.h"

#include "reports/wording.h"

namespace konform::reports {

void render_packed_bundle_text(const BundleSummary& bundle, std::ostream& out) {
  out << "konform: packed " << bundle.id << " " << bundle.version << " ("
      << counted(bundle.files, "file") << ") into " << bundle.file << "\n  sha256 " << bundle.sha256
      << "\n";
}

void render_key_pair_text(const KeyPairFiles& keys, std::ostream& out) {
  out << "konform: key " << keys.key_id << "\n  secret key " << keys.secret_key
      << " (keep it private)\n  public key " << keys.public_key
      << " (give it to those who install your bundles)\n";
}

void render_signed_bundle_text(const BundleSummary& bundle, std::ostream& out) {
  out << "konform: signed " << bundle.id << " " << bundle.version << " with key " << bundle.key_id
      << " into " << bundle.file << "\n";
}

void render_verified_bundle_text(const BundleSummary& bundle, std::ostream& out) {
  out << "konform: " << bundle.file << ": " << bundle.id << " " << bundle.version
      << " signed with key " << bundle.key_id << "; " << counted(bundle.files, "file")
      << " match the manifest\n  sha256 " << bundle.sha256 << "\n";
}

}  // namespace konform::reports
