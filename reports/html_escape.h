// Escaping for the `html` format (HTML5 syntax). Report text quotes user data, so every piece of
// it goes through html_escape() whether it lands in element content or a quoted attribute value.
// The result never opens markup, never ends an attribute and never causes an HTML parse error:
// characters HTML forbids in documents become U+FFFD instead of passing through.
#pragma once

#include <string>
#include <string_view>

namespace konform::reports {

/// HTML text or double-quoted attribute value: `&`, `<`, `>`, `"`, `'` as character references;
/// CRLF and lone CR as LF; NUL, other C0/C1 controls, DEL, noncharacters and invalid UTF-8 as
/// U+FFFD; form feed as a space. Tab and LF pass (white-space CSS decides how they show).
std::string html_escape(std::string_view text);

}  // namespace konform::reports
