// Renderers of `konform profile pack|keygen|sign|verify`: pure functions of plain values
// (validator/core/bundle_summary.h), for the terminal.
#pragma once

#include <ostream>

#include "validator/core/bundle_summary.h"

namespace konform::reports {

/// The bundle written: id, version, how many files, where, and its SHA-256.
void render_packed_bundle_text(const BundleSummary& bundle, std::ostream& out);

/// The key pair's id and both files, the secret one to keep private.
void render_key_pair_text(const KeyPairFiles& keys, std::ostream& out);

/// Which bundle was signed with which key, and where the signature went (`bundle.file`).
void render_signed_bundle_text(const BundleSummary& bundle, std::ostream& out);

/// The bundle checked: the signed id and version, the key, that every file matched, its SHA-256.
void render_verified_bundle_text(const BundleSummary& bundle, std::ostream& out);

}  // namespace konform::reports
