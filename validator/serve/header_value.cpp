#include "validator/serve/header_value.h"

#include <algorithm>
#include <cstring>

namespace konform::serve {
namespace {

bool is_token_char(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte > 0x20 && byte < 0x7f && std::strchr("()<>@,;:\\\"/[]?={}", c) == nullptr;
}

bool is_token(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_token_char);
}

// Reads a quoted string at the start of `text` (which begins with '"'), advancing past it.
std::optional<std::string> read_quoted(std::string_view& text) {
  std::string value;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      text.remove_prefix(i + 1);
      return value;
    }
    if (c == '\\') {
      if (++i == text.size()) return std::nullopt;
      value += text[i];
    } else if (c == '\r' || c == '\n') {
      return std::nullopt;
    } else {
      value += c;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  return lower;
}

std::optional<HeaderValue> parse_header_value(std::string_view text) {
  HeaderValue parsed;
  const auto semicolon = text.find(';');
  parsed.value = ascii_lower(trim_blanks(text.substr(0, semicolon)));
  text = semicolon == std::string_view::npos ? std::string_view() : text.substr(semicolon + 1);
  while (!trim_blanks(text).empty()) {
    text = trim_blanks(text);
    const auto equals = text.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    const std::string_view name = trim_blanks(text.substr(0, equals));
    if (!is_token(name)) return std::nullopt;
    text = trim_blanks(text.substr(equals + 1));
    std::string value;
    if (!text.empty() && text.front() == '"') {
      auto quoted = read_quoted(text);
      if (!quoted) return std::nullopt;
      value = std::move(*quoted);
    } else {
      const auto end = std::min(text.find(';'), text.size());
      const std::string_view token = trim_blanks(text.substr(0, end));
      if (!is_token(token)) return std::nullopt;
      value = std::string(token);
      text.remove_prefix(end);
    }
    if (!parsed.params.emplace(ascii_lower(name), std::move(value)).second) return std::nullopt;
    text = trim_blanks(text);
    if (text.empty()) break;
    if (text.front() != ';') return std::nullopt;
    text.remove_prefix(1);
  }
  return parsed;
}

}  // namespace konform::serve
