// Document matching: which document type of the compiled profile an input is, decided by its root
// element and, where a document type's <match> has one, an XPath condition over the whole
// document. Exactly one must match; profile-specific matches win over the ad-hoc catch-all.
// Matching can also explain itself, document type by document type (`validate --explain`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/excerpt.h"
#include "validator/xdm/document.h"
#include "validator/xsdtypes/date_time.h"

namespace konform {

/// The document types whose match accepts this root element by name (specific ones first; the
/// catch-all only when nothing specific matched). Conditions are not evaluated.
std::vector<const CompiledDocumentType*> match_document_types(const CompiledProfile& profile,
                                                              std::string_view namespace_uri,
                                                              std::string_view local_name);

/// Whether the choice needs the parsed document: a document type that accepts this root element
/// by name has a condition. False for profiles without conditions (the streaming fast path).
bool needs_document(const CompiledProfile& profile, std::string_view namespace_uri,
                    std::string_view local_name);

/// Why one document type of the chain did or did not match an input.
struct MatchStep {
  std::string document_type;
  std::string profile;  ///< the profile that defines it
  bool matched = false;
  std::string reason;  ///< e.g. "namespace differs (expects urn:a)", "condition is true: …"
};

/// What matching decided, and — when asked for — why.
struct MatchOutcome {
  std::vector<const CompiledDocumentType*> matches;
  std::vector<MatchStep> steps;  ///< one per document type of the chain, when explaining
  /// Document types that accept the root element by name but whose condition does not hold,
  /// with why ("id: condition is false" or the evaluation error), for the unmatched finding.
  std::vector<std::string> rejected_by_condition;
  /// The document types are ad-hoc schemas matched by their global elements (the rule ids of a
  /// failed match are then schema-root-*).
  bool by_schema_roots = false;
};

struct MatchRequest {
  std::string_view namespace_uri;
  std::string_view local_name;
  /// The parsed input; REQUIRES: non-null when needs_document() is true for this root.
  const xdm::Document* document = nullptr;
  std::string as_of;  ///< the validation date, said for document types left out by date
  std::optional<xsdtypes::DateTime> current_date_time;  ///< fn:current-dateTime() in conditions
  bool explain = false;
  /// How much of the document's text a condition's error may quote (in findings and --explain).
  ExcerptPolicy excerpts{};
};

/// Matches by name, then keeps the candidates whose condition holds (a condition whose
/// evaluation fails does not hold). Conditions are evaluated only for name matches.
MatchOutcome match_document(const CompiledProfile& profile, const MatchRequest& request);

/// The trace as lines of text for standard error: root, one line per document type, the choice.
std::string explain_text(const std::string& input, const std::string& root,
                         const MatchOutcome& outcome);

}  // namespace konform
