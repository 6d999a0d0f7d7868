// XPath 2.0 regular expressions (F&O 7.6: the XSD regex dialect plus ^, $, reluctant
// quantifiers and the flags s, m, i, x) translated to RE2 syntax, so matching runs in linear time.
// Character-class subtraction is computed on explicit code point ranges; \i \c \I \C and the
// \p{IsBlock} escapes (common blocks) expand to ranges; \d is \p{Nd}; `.` excludes \n and \r
// unless the s flag is given. Back-references and class subtraction involving Unicode
// categories are not supported and raise FORX0002 rather than matching silently differently.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <re2/re2.h>

namespace konform::xpath {

struct CompiledRegex {
  std::unique_ptr<RE2> re;
  int groups = 0;
  bool matches_empty = false;  // the pattern matches the zero-length string
};

/// The RE2 pattern for an XPath regex (without the flag handling RE2 does through options).
/// Throws Error FORX0001 (bad flags) / FORX0002 (bad or unsupported regex).
std::string translate_regex(std::string_view pattern, std::string_view flags);
std::shared_ptr<const CompiledRegex> compile_regex(std::string_view pattern,
                                                   std::string_view flags);

}  // namespace konform::xpath
