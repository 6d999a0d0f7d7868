#include "reports/html_page.h"

#include "reports/html_escape.h"

namespace konform::reports {
namespace {

/// What every page needs for keyboard use (WCAG 2.4.7, 2.4.1, 2.1.1): a focus ring that is always
/// visible, whatever the page's own style; wide tables in a scroll region the keyboard can reach
/// (scroll_region_start); text only screen readers need; links that jump past the header to the
/// main tables, which print leaves out.
constexpr std::string_view kKeyboardStyle =
    R"css(:focus-visible { outline: 3px solid #1f5fa8; outline-offset: 2px; }
.scroll:focus-visible { outline-offset: -3px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-links ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem;
  margin: .75rem 0 0; padding: 0; }
.skip-links a { color: #1f4f8a; }
@media print { .skip-links { display: none; } }
)css";

}  // namespace

std::string page_style_start(std::string_view max_width) {
  return ":root { color-scheme: light; }\n"
         "body { margin: 0 auto; max-width: " +
         std::string(max_width) +
         "; padding: 1.5rem; color: #1a1a1a; background: #ffffff;\n"
         "  font-family: system-ui, \"Segoe UI\", \"DejaVu Sans\", \"Liberation Sans\", Arial, "
         "sans-serif;\n"
         "  line-height: 1.45; }\n"
         "h1 { font-size: 1.8rem; margin: 0 0 1rem; }\n"
         "h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; padding-bottom: .25rem;\n"
         "  border-bottom: 2px solid #c8c8c8; }\n";
}

void write_html_head(std::ostream& out, std::string_view lang, std::string_view generator,
                     std::string_view title, std::string_view style) {
  out << "<!DOCTYPE html>\n<html lang=\"" << html_escape(lang) << "\">\n<head>\n"
      << "<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"" << html_escape(generator) << "\">\n"
      << "<title>" << html_escape(title) << "</title>\n"
      << "<style>\n"
      << style << kKeyboardStyle << "</style>\n</head>\n";
}

void scroll_region_start(std::ostream& out, std::string_view caption_id) {
  out << "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\""
      << html_escape(caption_id) << "\">\n";
}

namespace {

/// `text` as a CSS string literal: quotes and backslashes escaped, line breaks as \A.
std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '<') {
      out += "\\3C ";  // never "</style>" inside the style element
    } else if (c == '\n' || c == '\r') {
      out += "\\A ";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

std::vector<std::string> chain_names(const std::vector<ProfileSummary>& profiles) {
  std::vector<std::string> names;
  for (const auto& profile : profiles) names.push_back(profile.id + " " + profile.version);
  return names;
}

std::string print_footer_css(const std::vector<std::string>& chain, std::string_view as_of,
                             const HtmlWords& words) {
  std::string left;
  for (const auto& profile : chain) left += (left.empty() ? "" : " \u2192 ") + profile;
  if (!as_of.empty()) {
    left += (left.empty() ? "" : " \u00b7 ") + std::string(words.as_of) + " " + std::string(as_of);
  }
  return "@page { margin-bottom: 16mm;\n"
         "  @bottom-left { content: " +
         css_string(left) +
         "; font-size: 8pt; color: #404040; }\n"
         "  @bottom-right { content: " +
         css_string(std::string(words.page) + " ") + " counter(page) " +
         css_string(" " + std::string(words.page_of) + " ") +
         " counter(pages); font-size: 8pt; color: #404040; }\n}\n";
}

}  // namespace konform::reports
