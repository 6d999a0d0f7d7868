#include "validator/xpath/lexer.h"

#include <cctype>

#include "validator/xpath/error.h"

namespace konform::xpath {

bool is_ncname_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_ncname_char(unsigned char c) {
  return is_ncname_start(c) || std::isdigit(c) || c == '-' || c == '.';
}

namespace {

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    while (true) {
      skip_space_and_comments();
      Token t;
      t.offset = i_;
      if (i_ >= s_.size()) {
        out.push_back(t);
        return out;
      }
      lex_one(t);
      out.push_back(std::move(t));
    }
  }

 private:
  [[noreturn]] void fail(const std::string& message, std::size_t at) {
    throw Error("XPST0003", message, at);
  }

  char at(std::size_t k) const { return k < s_.size() ? s_[k] : '\0'; }

  void skip_space_and_comments() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i_;
      } else if (c == '(' && at(i_ + 1) == ':') {
        std::size_t start = i_;
        int depth = 0;
        while (true) {
          if (i_ >= s_.size()) fail("unterminated comment", start);
          if (s_[i_] == '(' && at(i_ + 1) == ':') {
            ++depth;
            i_ += 2;
          } else if (s_[i_] == ':' && at(i_ + 1) == ')') {
            i_ += 2;
            if (--depth == 0) break;
          } else {
            ++i_;
          }
        }
      } else {
        return;
      }
    }
  }

  std::size_t ncname_end(std::size_t k) const {
    if (!is_ncname_start(static_cast<unsigned char>(at(k)))) return k;
    while (k < s_.size() && is_ncname_char(static_cast<unsigned char>(s_[k]))) ++k;
    return k;
  }

  void lex_one(Token& t) {
    char c = s_[i_];
    auto simple = [&](Tok kind, std::size_t len) {
      t.kind = kind;
      t.text = std::string(s_.substr(i_, len));
      i_ += len;
    };
    if (is_ncname_start(static_cast<unsigned char>(c))) {
      std::size_t end = ncname_end(i_);
      if (at(end) == ':' && at(end + 1) == '*') {
        t.kind = Tok::kPrefixWild;
        t.text = std::string(s_.substr(i_, end - i_));
        i_ = end + 2;
        return;
      }
      if (at(end) == ':' && is_ncname_start(static_cast<unsigned char>(at(end + 1)))) {
        end = ncname_end(end + 1);
      }
      t.kind = Tok::kName;
      t.text = std::string(s_.substr(i_, end - i_));
      i_ = end;
      return;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && std::isdigit(static_cast<unsigned char>(at(i_ + 1))))) {
      lex_number(t);
      return;
    }
    switch (c) {
      case '"':
      case '\'': {
        std::size_t start = i_;
        ++i_;
        std::string value;
        while (true) {
          if (i_ >= s_.size()) fail("unterminated string literal", start);
          if (s_[i_] == c) {
            if (at(i_ + 1) == c) {
              value.push_back(c);
              i_ += 2;
              continue;
            }
            ++i_;
            break;
          }
          value.push_back(s_[i_++]);
        }
        t.kind = Tok::kString;
        t.text = std::move(value);
        return;
      }
      case '*':
        if (at(i_ + 1) == ':' && is_ncname_start(static_cast<unsigned char>(at(i_ + 2)))) {
          std::size_t end = ncname_end(i_ + 2);
          t.kind = Tok::kLocalWild;
          t.text = std::string(s_.substr(i_ + 2, end - i_ - 2));
          i_ = end;
          return;
        }
        return simple(Tok::kStar, 1);
      case '$':
        return simple(Tok::kDollar, 1);
      case '(':
        return simple(Tok::kLParen, 1);
      case ')':
        return simple(Tok::kRParen, 1);
      case '[':
        return simple(Tok::kLBracket, 1);
      case ']':
        return simple(Tok::kRBracket, 1);
      case ',':
        return simple(Tok::kComma, 1);
      case '.':
        return at(i_ + 1) == '.' ? simple(Tok::kDotDot, 2) : simple(Tok::kDot, 1);
      case '@':
        return simple(Tok::kAt, 1);
      case '/':
        return at(i_ + 1) == '/' ? simple(Tok::kSlashSlash, 2) : simple(Tok::kSlash, 1);
      case ':':
        if (at(i_ + 1) == ':') return simple(Tok::kColonColon, 2);
        break;
      case '|':
        return simple(Tok::kPipe, 1);
      case '+':
        return simple(Tok::kPlus, 1);
      case '-':
        return simple(Tok::kMinus, 1);
      case '=':
        return simple(Tok::kEq, 1);
      case '!':
        if (at(i_ + 1) == '=') return simple(Tok::kNe, 2);
        break;
      case '<':
        if (at(i_ + 1) == '=') return simple(Tok::kLe, 2);
        if (at(i_ + 1) == '<') return simple(Tok::kLtLt, 2);
        return simple(Tok::kLt, 1);
      case '>':
        if (at(i_ + 1) == '=') return simple(Tok::kGe, 2);
        if (at(i_ + 1) == '>') return simple(Tok::kGtGt, 2);
        return simple(Tok::kGt, 1);
      case '?':
        return simple(Tok::kQuestion, 1);
      default:
        break;
    }
    fail(std::string("unexpected character '") + c + "'", i_);
  }

  void lex_number(Token& t) {
    std::size_t start = i_;
    auto digits = [&] {
      while (std::isdigit(static_cast<unsigned char>(at(i_)))) ++i_;
    };
    digits();
    bool decimal = false;
    if (at(i_) == '.' && at(i_ + 1) != '.') {
      decimal = true;
      ++i_;
      digits();
    }
    t.kind = decimal ? Tok::kDecimal : Tok::kInteger;
    if (at(i_) == 'e' || at(i_) == 'E') {
      std::size_t k = i_ + 1;
      if (at(k) == '+' || at(k) == '-') ++k;
      if (!std::isdigit(static_cast<unsigned char>(at(k)))) fail("bad numeric literal", start);
      i_ = k;
      digits();
      t.kind = Tok::kDouble;
    }
    t.text = std::string(s_.substr(start, i_ - start));
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view expression) { return Lexer(expression).run(); }

}  // namespace konform::xpath
