#include "validator/core/excerpt.h"

#include "validator/core/utf8.h"

namespace konform {
namespace {

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= 'a' && byte <= 'z') || byte >= 0x80;
}

/// The end of the segment opened by `quote` at `open`, or npos.
std::size_t closing_quote(std::string_view text, std::size_t open, char quote) {
  for (std::size_t at = text.find(quote, open + 1); at != std::string_view::npos;
       at = text.find(quote, at + 1)) {
    if (at + 1 == text.size() || !is_word_byte(text[at + 1])) return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::string excerpt(std::string_view value, const ExcerptPolicy& policy) {
  if (policy.none) return value.empty() ? std::string() : std::string(kEllipsis);
  std::size_t end = 0;
  std::size_t count = 0;
  // The byte offset after max_code_points - 1 code points, and whether more follow after that.
  while (end < value.size() && count + 1 < policy.max_code_points) {
    end += decode_utf8(value, end).length;
    ++count;
  }
  if (end >= value.size()) return std::string(value);
  // One code point left: the value fits when exactly one remains.
  if (end + decode_utf8(value, end).length >= value.size()) return std::string(value);
  return std::string(value.substr(0, end)) + std::string(kEllipsis);
}

std::string quoted(Content value, const ExcerptPolicy& policy) {
  return "'" + excerpt(value.text, policy) + "'";
}

std::string quoted(PublicValue value) { return "'" + std::string(value.text) + "'"; }

std::string excerpt_quoted(std::string_view text, const ExcerptPolicy& policy, KeepQuoted keep) {
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char quote = text[at];
    if (quote != '\'' && quote != '"') continue;
    if (at > 0 && is_word_byte(text[at - 1])) continue;
    const std::size_t close = closing_quote(text, at, quote);
    out.append(text.substr(done, at + 1 - done));
    const bool name = keep != nullptr && keep(text.substr(0, at));
    if (close == std::string_view::npos) {
      // Unclosed: what follows may be content, so it is cut like a quoted value.
      const std::string_view rest = text.substr(at + 1);
      out += name ? std::string(rest) : excerpt(rest, policy);
      return out;
    }
    const std::string_view inside = text.substr(at + 1, close - at - 1);
    out += name ? std::string(inside) : excerpt(inside, policy);
    out += quote;
    done = close + 1;
    at = close;
  }
  out.append(text.substr(done));
  return out;
}

}  // namespace konform
