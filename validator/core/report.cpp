#include "validator/core/report.h"

#include <algorithm>

#include "validator/core/enum_names.h"

namespace konform {

constexpr EnumNames<Verdict::kIncomplete> kVerdictNames{"conformant", "not-conformant",
                                                        "incomplete"};
constexpr EnumNames<StageStatus::kAborted> kStageStatusNames{"passed", "failed", "skipped",
                                                             "aborted"};

std::string_view to_string(Verdict verdict) { return kVerdictNames.name(verdict); }

std::string_view to_string(StageStatus status) { return kStageStatusNames.name(status); }

Verdict verdict_of(const InputResult& input) {
  // An input with no stage at all was never checked: that is not "conformant".
  if (input.stages.empty()) return Verdict::kIncomplete;
  for (const auto& stage : input.stages) {
    if (stage.status == StageStatus::kAborted) return Verdict::kIncomplete;
  }
  for (const auto& finding : input.findings) {
    if (finding.severity == Severity::kError && !finding.waiver) return Verdict::kNotConformant;
  }
  return Verdict::kConformant;
}

void finish(Report& report) {
  report.summary = Summary{};
  report.summary.inputs = static_cast<int>(report.inputs.size());
  bool any_incomplete = false;
  bool any_not_conformant = false;
  for (auto& input : report.inputs) {
    std::stable_sort(input.findings.begin(), input.findings.end(), precedes);
    input.verdict = verdict_of(input);
    any_incomplete |= input.verdict == Verdict::kIncomplete;
    any_not_conformant |= input.verdict == Verdict::kNotConformant;
    for (const auto& finding : input.findings) {
      if (finding.waiver) {
        ++report.summary.waived;
        continue;
      }
      switch (finding.severity) {
        case Severity::kError:
          ++report.summary.errors;
          break;
        case Severity::kWarning:
          ++report.summary.warnings;
          break;
        case Severity::kInfo:
          ++report.summary.infos;
          break;
      }
    }
  }
  // An empty run checked nothing, so it cannot vouch for anything.
  if (any_incomplete || report.inputs.empty()) {
    report.verdict = Verdict::kIncomplete;
  } else if (any_not_conformant) {
    report.verdict = Verdict::kNotConformant;
  } else {
    report.verdict = Verdict::kConformant;
  }
}

bool has_finding_at_or_above(const Report& report, Severity threshold) {
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) {
      if (finding.severity >= threshold && !finding.waiver) return true;
    }
  }
  return false;
}

}  // namespace konform
