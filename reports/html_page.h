// The start of every self-contained HTML page konform writes (report, comparison, profile
// catalogue): doctype, language, charset, viewport, generator, title and the page's inline
// style — one place, so every page passes the same accessibility and offline checks.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "reports/html_wording.h"
#include "validator/core/report.h"

namespace konform::reports {

/// The start of every page's style: the light scheme, the body (`max_width`: how wide the page's
/// tables want it), the system fonts, and the h1 and h2 headings.
std::string page_style_start(std::string_view max_width);

/// The verdict box the report and the comparison open with (.verdict-conformant and so on).
inline constexpr std::string_view kVerdictStyle =
    R"css(.verdict { border: 2px solid; border-left-width: .75rem; border-radius: 4px; padding: .75rem 1rem; }
.verdict p { margin: 0; }
.verdict-main { font-size: 1.3rem; }
.verdict-conformant { background: #e8f5ea; border-color: #1e6b34; }
.verdict-not-conformant { background: #fbeaea; border-color: #a4161a; }
.verdict-incomplete { background: #fff4dc; border-color: #8a5300; }
)css";

/// Writes everything up to and including </head>; `title` and `generator` are escaped here. The
/// page's `style` is followed by the keyboard style every page shares (focus ring, scroll regions,
/// .visually-hidden, .skip-links).
void write_html_head(std::ostream& out, std::string_view lang, std::string_view generator,
                     std::string_view title, std::string_view style);

/// Opens the <div> a table wider than the window scrolls in: a region named by the table's caption
/// (`caption_id`) that takes keyboard focus, so arrow keys can scroll it (axe-core's
/// scrollable-region-focusable). The caller closes it with </div>.
void scroll_region_start(std::ostream& out, std::string_view caption_id);

/// "id version" of each profile, in the order given.
std::vector<std::string> chain_names(const std::vector<ProfileSummary>& profiles);

/// The print style every page ends with: the foot of each printed page names the profile chain
/// (each "id version", parents first) and the validation date on the left, and the page number
/// out of the total on the right (CSS @page margin boxes, which Chromium prints).
std::string print_footer_css(const std::vector<std::string>& chain, std::string_view as_of,
                             const HtmlWords& words);

}  // namespace konform::reports
