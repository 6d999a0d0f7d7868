// A Finding is one conformance problem in one input: plain data, copyable and comparable,
// independent of every renderer (renderers see only finished Reports).
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "validator/core/schema_error.h"
#include "validator/core/severity.h"

namespace konform {

/// Where in an input a finding points. Line and column are 1-based; 0 means unknown.
struct Location {
  int line = 0;
  int column = 0;
  /// The node's path in the canonical form of fn:path (XPath F&O 3.0 §14.5.4):
  /// `/Q{ns}local[n]/...`, `@local` for attributes; empty when the finding is about the whole file.
  std::string xpath;

  friend bool operator==(const Location&, const Location&) = default;
};

/// Which profile a rule comes from (the level matters once profiles are layered).
struct Origin {
  std::string profile;
  std::string version;
  std::string level;

  friend bool operator==(const Origin&, const Origin&) = default;
};

/// Why a finding is tolerated for now: the entry of a waiver file (konform-waivers.xml) that
/// matched it. A waived finding stays in the report but does not count toward any verdict.
struct Waiver {
  std::string reason;
  std::string author;
  std::string expires;  ///< YYYY-MM-DD, the last day the waiver applies

  friend bool operator==(const Waiver&, const Waiver&) = default;
};

/// One conformance problem.
struct Finding {
  std::string rule_id;  ///< stable kebab-case id, listed by `konform rules`
  Severity severity = Severity::kError;
  std::string message;  ///< English, already formatted
  std::string
      message_de;  ///< German; empty where the source (e.g. the XSD engine) speaks only English
  Location location;
  Origin origin;
  std::string source;  ///< the artefact the rule lives in or the spec clause it enforces
  /// Details particular to a rule kind, in a fixed order; keys are "<kind>.<name>" (Schematron:
  /// schematron.kind assert|report|error, .schema, .pattern, .context, .test, .role, .flag).
  std::vector<std::pair<std::string, std::string>> properties;
  /// Set when a waiver covers this finding (see validator/waive); it then counts toward nothing.
  std::optional<Waiver> waiver;
  /// For an xsd-valid finding: what the validator reported, as data (schema_error.h). For the
  /// engine's decisions only; renderers show the message.
  std::optional<SchemaError> schema_error;

  friend bool operator==(const Finding&, const Finding&) = default;
};

/// Report order: by line, column, then rule id, so output is stable however findings arrive.
inline bool precedes(const Finding& a, const Finding& b) {
  return std::tie(a.location.line, a.location.column, a.rule_id, a.message) <
         std::tie(b.location.line, b.location.column, b.rule_id, b.message);
}

}  // namespace konform
