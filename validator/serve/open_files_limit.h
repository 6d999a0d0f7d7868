// Every connection holds a file descriptor, and a session's default soft limit (often 1,024)
// would turn clients away (the accept fails) long before memory or CPU run out: a thousand idle
// keep-alive connections would take the service down. So the service raises its soft limit to
// the hard limit the administrator allows, as nginx's worker_rlimit_nofile does by hand.
#pragma once

#include <cstdint>

namespace konform::serve {

/// Raises RLIMIT_NOFILE's soft limit to its hard limit; returns the soft limit now in force.
std::uint64_t raise_open_files_limit();

}  // namespace konform::serve
