// The waive stage, after checking: a pure function from a finished Report and a waiver file to
// the Report with waivers applied. A finding covered by a waiver that applies on the validation
// date keeps its place and severity but carries the waiver and counts toward nothing (verdicts,
// summary counts, exit code). A waiver that has expired no longer applies: the findings it would
// have covered count again, each input where it would have applied gets a `waiver-expired`
// finding, and the report gets a notice. A waiver that covered nothing gets a notice, so stale
// entries do not pile up.
#pragma once

#include <optional>
#include <string>

#include "validator/core/report.h"
#include "validator/waive/waiver_file.h"

namespace konform::waive {

struct WaiveOptions {
  std::string as_of;  ///< YYYY-MM-DD; a waiver applies up to and including its expiry date
  /// Severity of `waiver-expired` findings (a profile may raise it); nullopt: switched off.
  std::optional<Severity> expired_severity = Severity::kWarning;
};

/// REQUIRES: `report` is finished (finish() ran). Returns it finished again.
Report apply_waivers(Report report, const WaiverFile& waivers, const WaiveOptions& options);

}  // namespace konform::waive
