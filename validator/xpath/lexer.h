// Tokenizer for XPath 2.0 expressions. It does not decide between the keyword and name readings
// of a word (`div`, `and`, `for` ...) or between `*` as wildcard and as multiplication: the
// recursive-descent parser knows whether it expects an operand or an operator and decides.
// Comments `(: ... :)` (nested) are skipped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace konform::xpath {

enum class Tok {
  kEnd,
  kName,        // NCName or prefix:local (text = lexical QName)
  kPrefixWild,  // prefix:*   (text = prefix)
  kLocalWild,   // *:local    (text = local)
  kStar,
  kString,  // text = value with doubled quotes resolved
  kInteger,
  kDecimal,
  kDouble,
  kDollar,
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kComma,
  kDot,
  kDotDot,
  kAt,
  kSlash,
  kSlashSlash,
  kColonColon,
  kPipe,
  kPlus,
  kMinus,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kLtLt,
  kGtGt,
  kQuestion,
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;
  std::size_t offset = 0;
};

/// Throws Error XPST0003 with the offset of the offending character.
std::vector<Token> tokenize(std::string_view expression);

bool is_ncname_start(unsigned char c);
bool is_ncname_char(unsigned char c);

}  // namespace konform::xpath
