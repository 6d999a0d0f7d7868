// The report model: everything a renderer may show, and nothing more. Built by the check stage,
// finished once, then handed to renderers (reports/) as a const value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "validator/core/finding.h"
#include "validator/core/read_end.h"
#include "validator/core/rule_info.h"
#include "validator/core/rule_list.h"

namespace konform {

/// The verdict for one input or a whole run.
enum class Verdict {
  kConformant,     ///< fully checked, no error-severity finding
  kNotConformant,  ///< fully checked (or stopped by a definite error), at least one error
  kIncomplete,     ///< some check could not finish: never to be read as conformant
};
std::string_view to_string(Verdict verdict);

/// Outcome of one pipeline stage for one input.
enum class StageStatus {
  kPassed,   ///< ran to the end, no error finding
  kFailed,   ///< ran to the end (or stopped on a definite error) with error findings
  kSkipped,  ///< not applicable (e.g. no schema for this document type)
  kAborted,  ///< could not finish: the input is incomplete
};
std::string_view to_string(StageStatus status);

struct StageResult {
  std::string name;
  StageStatus status = StageStatus::kSkipped;
  double ms = 0;
};

struct InputResult {
  std::string path;           ///< as given on the command line (or "-" for stdin)
  std::string document_type;  ///< id of the matched document type; empty when none matched
  /// The profile (id, version, level) that defines that document type: with two versions of one
  /// standard side by side, the one that checked the input. Empty when none matched.
  Origin checked_by;
  std::vector<StageResult> stages;
  std::vector<Finding> findings;
  /// The rules that found something in this input to look at, sorted, each once: a Schematron
  /// rule whose context matched at least once, the code-list rules when the input has a coded
  /// value, xml-wellformed when the input is an XML document (a service definition is YAML). A
  /// rule of these kinds that is missing here had nothing to assess (rules::tracks_context), so
  /// its silence says nothing about the input (compare's "not assessable").
  std::vector<std::string> assessed_rules;
  /// How the reader's last pass over the input ended: the validating pass once a document type
  /// matched, else the read that matched it or looked for its findings. kRejected means the
  /// input was not read to its end, although its stages say "failed" (the stop is a verdict).
  /// Empty when the input was never read as XML (unreadable, too large, unreadable YAML). Not
  /// part of the rendered report.
  std::optional<ReadEnd> read_end;
  /// Derived from stages and findings; see verdict_of().
  Verdict verdict = Verdict::kIncomplete;
};

/// The verdict an input deserves: incomplete if any stage aborted, else not conformant if any
/// error finding that is not waived, else conformant.
Verdict verdict_of(const InputResult& input);

struct ProfileSummary {
  std::string id;
  std::string version;
  std::string level;
  std::string sha256;  ///< over the manifest and every artefact it names
  std::string publisher;
};

/// Counts over the whole run; errors, warnings and infos count only findings that are not waived.
struct Summary {
  int inputs = 0;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int waived = 0;  ///< findings covered by a waiver, whatever their severity

  friend bool operator==(const Summary&, const Summary&) = default;
};

/// Something about the run as a whole that the user should see, not tied to one input (e.g. a
/// waiver that matched nothing). Codes are stable kebab-case strings like rule ids.
struct Notice {
  std::string code;
  std::string message;     ///< English
  std::string message_de;  ///< German

  friend bool operator==(const Notice&, const Notice&) = default;
};

struct Report {
  std::string tool_name = "konform";
  std::string tool_version;
  std::vector<ProfileSummary> profiles;
  std::string as_of;  ///< validation date YYYY-MM-DD the run used; empty when none applied
  /// Metadata of every rule that could fire in this run, whether or not it did (SARIF, JUnit);
  /// the chain's catalogue, shared.
  RuleList rules;
  std::vector<InputResult> inputs;
  Verdict verdict = Verdict::kIncomplete;
  Summary summary;
  std::string lock;            ///< the lock file the profile chain was checked against; empty: none
  std::string waivers;         ///< the waiver file applied to the findings; empty: none
  std::string waivers_sha256;  ///< that file's SHA-256 (a report says what tolerated findings)
  std::vector<Notice> notices;
};

/// Fills in each input's verdict, the summary and the overall verdict; sorts findings.
void finish(Report& report);

/// Whether any finding that is not waived is at least as serious as `threshold` (drives the exit
/// code).
bool has_finding_at_or_above(const Report& report, Severity threshold);

}  // namespace konform
