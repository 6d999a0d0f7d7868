// Renderer of what `konform profile lock` says after writing the lock: a pure function of a
// LockSummary (validator/core/lock_summary.h), one line for the terminal.
#pragma once

#include <ostream>

#include "validator/core/lock_summary.h"

namespace konform::reports {

/// "konform: wrote konform.lock: 2 profiles, 14 artefacts[, waiver file F]".
void render_lock_summary_text(const LockSummary& lock, std::ostream& out);

}  // namespace konform::reports
