#include "reports/rule_catalogue_text.h"

namespace konform::reports {

std::optional<std::string> splice(std::string_view rendered, std::string_view placeholder,
                                  std::string_view replacement, std::string_view tail) {
  const std::size_t at = rendered.find(placeholder);
  if (at == std::string_view::npos) return std::nullopt;
  std::string text;
  text.reserve(rendered.size() - placeholder.size() + replacement.size() + tail.size());
  text.append(rendered.substr(0, at))
      .append(replacement)
      .append(rendered.substr(at + placeholder.size()))
      .append(tail);
  return text;
}

std::string nested_json(std::string_view prefix, std::string_view json, std::size_t indent) {
  std::string text(prefix);
  text.reserve(prefix.size() + json.size() + json.size() / 8);
  for (const char c : json) {
    text += c;
    if (c == '\n') text.append(indent, ' ');
  }
  return text;
}

}  // namespace konform::reports
