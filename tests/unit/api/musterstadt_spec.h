// The chain the API's unit tests build: the bundled profile de.sn.musterstadt at a fixed date,
// compiled afresh (no cache shared with other tests).
#pragma once

#include <konform/konform.h>

namespace konform::test {

inline api::ChainSpec musterstadt_spec() {
  api::ChainSpec spec;
  spec.profiles = {"de.sn.musterstadt"};
  spec.as_of = "2026-01-15";
  spec.use_cache = false;
  return spec;
}

}  // namespace konform::test
