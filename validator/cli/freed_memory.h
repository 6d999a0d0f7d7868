// Giving memory that a finished step freed back to the kernel before the next step needs its
// peak: the program's allocator keeps freed pages for reuse (jemalloc for about ten seconds),
// and compiling a chain frees tens of megabytes just before a large message is read.
#pragma once

namespace konform::cli {

/// Returns the pages the allocator holds free to the kernel (jemalloc: purges every arena;
/// glibc: malloc_trim). Costs a few system calls; call it between steps, not in a loop.
void return_freed_memory();

}  // namespace konform::cli
