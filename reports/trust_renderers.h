// Renderers of `konform trust list|add`: pure functions of plain TrustedKeyListing values
// (validator/core/trusted_key_listing.h), for the terminal.
#pragma once

#include <ostream>
#include <span>

#include "validator/core/trusted_key_listing.h"

namespace konform::reports {

/// Two lines each: the key's id and the profile ids it may sign ("nothing" for none), then its
/// file, indented.
void render_trusted_keys_text(std::span<const TrustedKeyListing> keys, std::ostream& out);

/// The key now trusted, for which profile ids, and the file that records it.
void render_trusted_key_added_text(const TrustedKeyListing& key, std::ostream& out);

}  // namespace konform::reports
