// Process-wide set-up of the two XML libraries, done once and hardened:
// Xerces-C++ loses its network accessor (so no URL can ever be fetched, whatever a document says),
// and libxml2 (used only for OASIS catalogs) gets an entity loader that refuses the network.
#pragma once

namespace konform::xml {

/// Initialises Xerces-C and libxml2 exactly once (thread-safe); later calls do nothing.
void ensure_initialized();

}  // namespace konform::xml
