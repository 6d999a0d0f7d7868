// XPath 2.0 regular expressions (F&O 7.6) for fn:matches, fn:replace and fn:tokenize: the
// translator of the regex module, with its refusals raised as the XPath errors FORX0001 (flags)
// and FORX0002 (pattern).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "validator/regex/translate.h"

namespace konform::xpath {

using regex::CompiledRegex;

/// The RE2 pattern for an XPath regex. Throws Error FORX0001 / FORX0002.
std::string translate_regex(std::string_view pattern, std::string_view flags);

/// The compiled RE2 for an XPath regex. Throws Error FORX0001 / FORX0002.
std::shared_ptr<const CompiledRegex> compile_regex(std::string_view pattern,
                                                   std::string_view flags);

}  // namespace konform::xpath
