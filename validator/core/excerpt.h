// How much of an input's own text a finding may quote. Messages carry personal data (names,
// addresses, account numbers), so findings, reports and logs quote at most a short excerpt of a
// value — or none (`--no-excerpts`). Applied where content enters a message text: the reader's
// Xerces texts, code-list findings, Schematron value-of results, YAML keys, XPath errors.
// Public values — a code of a code list, a listURI or listVersionID, an element or attribute
// name — identify what the rule is about and carry no personal data: they are quoted whole.
// Which of the two a value is, its type says (Content or PublicValue), not its text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "validator/core/limits.h"

namespace konform {

/// "…" (U+2026), what a cut or suppressed excerpt ends with.
inline constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

struct ExcerptPolicy {
  /// Longer values keep their first max_code_points - 1 code points and end with "…".
  std::size_t max_code_points = limits::kMaxExcerpt;
  /// Quote nothing: every value becomes "…".
  bool none = false;

  /// The policy that quotes values in full (library callers that are not about messages).
  static ExcerptPolicy unlimited() { return {static_cast<std::size_t>(-1), false}; }
};

/// A value of the input that may carry personal data (text, amounts, names of people).
struct Content {
  std::string_view text;
};

/// A value that names a public thing: a code of a code list, a list's URI or version, an element
/// or attribute name. It is the evidence a finding is about, so it is never cut.
struct PublicValue {
  std::string_view text;
};

/// `'value'`, cut as the policy says.
std::string quoted(Content value, const ExcerptPolicy& policy);
/// `'value'`, whole, whatever the policy.
std::string quoted(PublicValue value);

/// `value` as a finding may quote it: whole, cut to the policy's length, or "…". Counts code
/// points; bytes that are not UTF-8 count one each and are never split from what follows.
std::string excerpt(std::string_view value, const ExcerptPolicy& policy);

/// Where `excerpt_quoted` finds a quoted segment: `before` is the text up to its opening quote.
/// Returns true when the segment names structure (an element, a type) rather than quoting content.
using KeepQuoted = bool (*)(std::string_view before);

/// `text` with the inside of every quoted segment ('…' or "…") replaced by its excerpt, except
/// where `keep` says the segment is a name. A segment opens at a quote that does not follow a
/// letter or digit and closes at the next same quote not followed by one.
std::string excerpt_quoted(std::string_view text, const ExcerptPolicy& policy,
                           KeepQuoted keep = nullptr);

}  // namespace konform
