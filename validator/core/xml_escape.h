// Escaping text for XML 1.0 output, shared by the report renderers and the writers of konform's
// own formats (lock file, the XML view of service definitions). Never fails, whatever bytes the
// text holds: characters XML forbids and invalid UTF-8 become U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace konform {

/// XML character data: `&`, `<`, `>` as entity references, CR as `&#13;` (a parser would fold it
/// away), characters XML 1.0 forbids and invalid UTF-8 as U+FFFD. `replaced`, when given, is set
/// to whether anything was replaced.
std::string xml_escape_text(std::string_view text, bool* replaced = nullptr);

/// Like xml_escape_text, plus quotes and the whitespace a parser would normalise in attribute
/// values (tab, LF, CR as character references), so the value also stays on one line.
std::string xml_escape_attribute(std::string_view text, bool* replaced = nullptr);

}  // namespace konform
