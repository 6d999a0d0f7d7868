// XML's whitespace (XML 1.0 production [3] S: space, tab, line feed, carriage return), which XSD's
// whitespace facet, XPath's normalize-space() and Schematron's text handling all mean by "space".
#pragma once

#include <string_view>

namespace konform {

inline bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// `text` without leading and trailing XML whitespace.
inline std::string_view trim_xml_space(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace konform
