// The regular expressions of XML Schema (Part 2, Appendix F) and XPath 2.0 (F&O 7.6: the XSD
// dialect plus ^, $, reluctant quantifiers and the flags s, m, i, x), translated to RE2 syntax
// so that matching runs in linear time. It sits below both users: the XSD stage's pattern facets
// (xml/pattern_validator) and XPath's matches/replace/tokenize (xpath/functions_regex).
//
// Character-class subtraction is computed on explicit code point ranges; \i \c \I \C and the
// \p{IsBlock} escapes (common blocks) expand to ranges; \d is \p{Nd}; `.` excludes \n and \r
// unless the s flag is given. With the i flag every character and character range stands for
// itself and its case variants from ICU (case_variants.h), spelt out as an RE2 class, and RE2
// matches case-sensitively: RE2's own folding (Unicode simple case folding, applied to \p{..}
// too) is not F&O's relation. Back-references (which the i flag would compare case-blind) and
// class subtraction involving Unicode categories are not supported and throw SyntaxError rather
// than matching silently differently.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <re2/re2.h>

namespace konform::regex {

/// A pattern or flag string the translator refuses. XPath reports kFlag as FORX0001 and kPattern
/// as FORX0002; the XSD stage leaves such a pattern to Xerces-C.
class SyntaxError : public std::runtime_error {
 public:
  enum class Kind { kFlag, kPattern };
  SyntaxError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

struct CompiledRegex {
  std::unique_ptr<RE2> re;
  int groups = 0;
  bool matches_empty = false;  // the pattern matches the zero-length string
};

/// The RE2 pattern for an XPath regex with its flags (m becomes an RE2 inline flag).
/// Throws SyntaxError.
std::string translate(std::string_view pattern, std::string_view flags);

/// The compiled RE2 for an XPath regex with its flags. Throws SyntaxError.
std::shared_ptr<const CompiledRegex> compile(std::string_view pattern, std::string_view flags);

}  // namespace konform::regex
