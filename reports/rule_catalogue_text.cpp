#include "reports/rule_catalogue_text.h"

namespace konform::reports {

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
