// XML's whitespace (XML 1.0 production [3] S: space, tab, line feed, carriage return), which XSD's
// whitespace facet, XPath's normalize-space() and Schematron's text handling all mean by "space",
// and the one collapse of it that code lists, XPath, SVRL text and profile texts share.
#pragma once

#include <string>
#include <string_view>

namespace konform {

inline bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// `text` without leading and trailing XML whitespace.
inline std::string_view trim_xml_space(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

/// `text` with leading and trailing XML whitespace removed and inner runs collapsed to one space:
/// XSD's whiteSpace="collapse", XPath's normalize-space().
std::string collapse_whitespace(std::string_view text);
/// The same into `out`, which keeps its capacity (no allocation in a loop once it has grown).
void collapse_whitespace_into(std::string_view text, std::string& out);
/// `text` itself when it is collapsed already (the common case: no copy), else its collapsed form
/// written to `scratch`.
std::string_view collapsed(std::string_view text, std::string& scratch);

}  // namespace konform
