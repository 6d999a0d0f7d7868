// What `konform profile lock` wrote: plain data the command counts from the lock it wrote
// (validator/lock/lock_file.h), rendered by reports/lock_summary_renderer.h.
#pragma once

#include <cstddef>
#include <string>

namespace konform {

struct LockSummary {
  std::string file;
  std::size_t profiles = 0;
  std::size_t artefacts = 0;  ///< over every profile
  std::string waiver_file;    ///< the waiver file pinned; empty: none
};

}  // namespace konform
