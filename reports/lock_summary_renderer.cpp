#include "reports/lock_summary_renderer.h"

#include "reports/wording.h"

namespace konform::reports {

void render_lock_summary_text(const LockSummary& lock, std::ostream& out) {
  out << "konform: wrote " << lock.file << ": " << counted(lock.profiles, "profile") << ", "
      << counted(lock.artefacts, "artefact")
      << (lock.waiver_file.empty() ? std::string() : ", waiver file " + lock.waiver_file) << "\n";
}

}  // namespace konform::reports
