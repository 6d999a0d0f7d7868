// The start of every self-contained HTML page konform writes (report, comparison, profile
// catalogue): doctype, language, charset, viewport, generator, title and the page's inline
// style — one place, so every page passes the same accessibility and offline checks.
#pragma once

#include <ostream>
#include <string_view>

namespace konform::reports {

/// Writes everything up to and including </head>; `title` and `generator` are escaped here.
void write_html_head(std::ostream& out, std::string_view lang, std::string_view generator,
                     std::string_view title, std::string_view style);

}  // namespace konform::reports
