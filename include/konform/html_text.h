// Text into HTML exactly as konform's own html reports write it, for an embedder's page that shows
// user-supplied names or report text beside a report (the service's web page is one).
#pragma once

#include <string>
#include <string_view>

#include "konform/export.h"

namespace konform::api {

/// `text` safe in HTML element content or a double-quoted attribute value: `&`, `<`, `>`, `"`,
/// `'` as character references; CRLF and lone CR as LF; NUL, other C0 and C1 controls, DEL,
/// noncharacters and invalid UTF-8 as U+FFFD; form feed as a space. Tab and LF pass.
KONFORM_API std::string html_escape(std::string_view text);

}  // namespace konform::api
