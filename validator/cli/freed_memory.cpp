#include "validator/cli/freed_memory.h"

#if KONFORM_JEMALLOC
#include <jemalloc/jemalloc.h>

#include <string>
#else
#include <malloc.h>
#endif

namespace konform::cli {

void return_freed_memory() {
#if KONFORM_JEMALLOC
  // "arena.<MALLCTL_ARENAS_ALL>.purge" (jemalloc(3)): every arena's unused dirty pages.
  static const std::string kPurgeAll = "arena." + std::to_string(MALLCTL_ARENAS_ALL) + ".purge";
  mallctl(kPurgeAll.c_str(), nullptr, nullptr, nullptr, 0);
#else
  malloc_trim(0);
#endif
}

}  // namespace konform::cli
