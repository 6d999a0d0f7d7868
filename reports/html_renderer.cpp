// The `html` format: one self-contained page for people (case workers, vendors' testers) that
// can be mailed, archived and printed. Everything is inline (CSS, SVG chart); there is no script
// and no reference to anything outside the file, so it renders the same offline and cannot leak
// that it was opened. The verdict comes first (id="verdict", data-verdict for tools), then a
// summary with a chart by level and severity, the profile chain, and the findings twice: grouped
// by input and grouped by rule. UI language: RenderOptions::lang ("de" or empty: German).
// Waived findings keep their rows, greyed, with "(waived)" after the severity and the waiver
// under the message; they are left out of every count and the chart.
// Accessibility: <html lang>, headings h1 > h2 > h3 in order, tables with <caption> and
// <th scope>, dark text on light backgrounds, severity always spelled out next to its colour.
#include <array>
#include <charconv>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>
#include <system_error>

#include "reports/formats.h"
#include "reports/html_chart.h"
#include "reports/html_escape.h"
#include "reports/html_page.h"
#include "reports/html_rule_catalogue.h"
#include "reports/html_wording.h"
#include "reports/marks.h"
#include "reports/number_text.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

/// The report's own style, after the page's start and the verdict box (html_page.h).
constexpr std::string_view kHeadingThreeStyle =
    R"css(h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
)css";
constexpr std::string_view kStyle =
    R"css(dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .92rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: #eceff3; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.msg { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 16rem; }
.xpath code { word-break: break-all; font-size: .8em; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .88em;
  overflow-wrap: anywhere; }
.rule-id { white-space: nowrap; }
.sev { font-weight: 600; white-space: nowrap; border-left: .45rem solid; }
.sev-error { border-left-color: #a4161a; }
.sev-warning { border-left-color: #b36b00; }
.sev-info { border-left-color: #1f5fa8; }
.note { border-left: .3rem solid #8a5300; background: #fff4dc; padding: .4rem .75rem; }
tr.waived td { color: #4d4d4d; background: #f4f4f4; }
.waiver { font-style: italic; }
.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
.chart text { fill: #1a1a1a; font-family: inherit; font-size: 13px; }
.chart .level-label { font-weight: 600; }
.bar-error { fill: #a4161a; }
.bar-warning { fill: #b36b00; }
.bar-info { fill: #1f5fa8; }
footer { margin-top: 2rem; font-size: .85rem; color: #404040; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .verdict, .note, thead th, tfoot th, tfoot td, .sev, .chart {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  tr, .chart, .verdict { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
)css";

std::string_view severity_class(Severity severity) { return to_string(severity); }

// Two decimals are what a person compares; the machine formats keep the exact value. A timing
// too large for the buffer (a broken clock) falls back to the shortest form.
std::string milliseconds_text(double ms) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, reported_ms(ms), std::chars_format::fixed, 2);
  if (result.ec != std::errc()) return number_text(reported_ms(ms));
  return std::string(buffer, result.ptr);
}

// The message in the page's language where the finding has one; `lang` marks a part in the other
// language so screen readers pronounce it right.
struct LocalText {
  std::string_view text;
  std::string_view lang;  ///< empty: the page's language
};

LocalText finding_message(const Finding& finding, const HtmlWords& words) {
  if (german(words) && !finding.message_de.empty()) return {finding.message_de, ""};
  return {finding.message, german(words) ? "en" : ""};
}

LocalText rule_title(const RuleInfo& rule, const HtmlWords& words) {
  if (german(words) && !rule.title_de.empty()) return {rule.title_de, ""};
  return {rule.title, german(words) && !rule.title.empty() ? "en" : ""};
}

std::string lang_attribute(std::string_view lang) {
  return lang.empty() ? std::string() : " lang=\"" + std::string(lang) + '"';
}

std::string position_text(const Location& location, const HtmlWords& words) {
  if (location.line <= 0) return std::string(words.whole_file);
  std::string text = std::to_string(location.line);
  if (location.column > 0) text += ':' + std::to_string(location.column);
  return text;
}

std::string origin_text(const Origin& origin, const HtmlWords& words) {
  if (origin.profile.empty()) return std::string(words.built_in);
  std::string text = origin.profile;
  if (!origin.version.empty()) text += ' ' + origin.version;
  if (!origin.level.empty()) text += " (" + origin.level + ')';
  return text;
}

std::string code_or_blank(std::string_view text) {
  return text.empty() ? std::string() : "<code>" + html_escape(text) + "</code>";
}

std::string th_col(std::string_view label, std::string_view css_class = "") {
  return "<th scope=\"col\"" +
         (css_class.empty() ? "" : " class=\"" + std::string(css_class) + '"') + ">" +
         html_escape(label) + "</th>";
}

/// A findings table up to its body: the caption "<caption> <subject>" and a head per column.
void findings_table_start(std::ostream& out, std::string_view caption, std::string_view subject,
                          std::initializer_list<std::string_view> columns) {
  out << "<table class=\"findings\">\n<caption>" << html_escape(caption) << ' '
      << html_escape(subject) << "</caption>\n<thead><tr>";
  for (const std::string_view column : columns) out << th_col(column);
  out << "</tr></thead>\n<tbody>\n";
}

std::string severity_cell(Severity severity, const HtmlWords& words, bool waived = false) {
  return "<td class=\"sev sev-" + std::string(severity_class(severity)) + "\">" +
         html_escape(severity_word(severity, words)) +
         (waived ? " (" + html_escape(words.waived) + ")" : std::string()) + "</td>";
}

std::string finding_row_start(const Finding& finding) {
  return finding.waiver ? "<tr class=\"waived\">" : "<tr>";
}

std::string message_cell(const Finding& finding, const HtmlWords& words) {
  const LocalText message = finding_message(finding, words);
  std::string cell =
      "<td class=\"msg\"" + lang_attribute(message.lang) + ">" + html_escape(message.text);
  if (finding.waiver) {
    // The cell may be marked English; the waiver's label is in the page's language (its reason
    // is in whatever language the waiver file was written).
    cell += "\n<span class=\"waiver\" lang=\"" + std::string(words.lang) + "\">" +
            html_escape(words.waiver) + ' ' + html_escape(finding.waiver->expires) + ' ' +
            html_escape(words.waiver_by) + ' ' + html_escape(finding.waiver->author) + ": " +
            html_escape(finding.waiver->reason) + "</span>";
  }
  return cell + "</td>";
}

void write_head(const Report& report, const HtmlWords& words, std::ostream& out) {
  write_html_head(
      out, words.lang, report.tool_name + ' ' + report.tool_version,
      std::string(words.report_title) + ": " + std::string(verdict_word(report.verdict, words)),
      page_style_start("80rem") + std::string(kHeadingThreeStyle) + std::string(kVerdictStyle) +
          std::string(kStyle) +
          print_footer_css(chain_names(report.profiles), report.as_of, words));
}

void write_verdict(const Report& report, const HtmlWords& words, std::ostream& out) {
  const std::string_view verdict = to_string(report.verdict);
  out << "<header>\n<h1>" << html_escape(words.report_title) << "</h1>\n"
      << "<div id=\"verdict\" class=\"verdict verdict-" << verdict << "\" data-verdict=\""
      << verdict << "\">\n"
      << "<p class=\"verdict-main\"><span aria-hidden=\"true\">"
      << verdict_marks(report.verdict).symbol << "</span> " << html_escape(words.verdict_label)
      << ": <strong>" << html_escape(verdict_word(report.verdict, words)) << "</strong></p>\n"
      << "<p>" << html_escape(words.inputs) << ": " << report.summary.inputs << " \u00b7 "
      << html_escape(severity_plural(Severity::kError, words)) << ": " << report.summary.errors
      << " \u00b7 " << html_escape(severity_plural(Severity::kWarning, words)) << ": "
      << report.summary.warnings << " \u00b7 "
      << html_escape(severity_plural(Severity::kInfo, words)) << ": " << report.summary.infos;
  if (report.summary.waived > 0) {
    out << " \u00b7 " << html_escape(words.waived_count) << ": " << report.summary.waived;
  }
  out << "</p>\n</div>\n</header>\n";
}

void write_summary(const Report& report, const HtmlWords& words, std::ostream& out) {
  out << "<section id=\"summary\">\n<h2>" << html_escape(words.summary) << "</h2>\n"
      << "<dl class=\"facts\">\n"
      << "<dt>" << html_escape(words.tool) << "</dt><dd>"
      << html_escape(report.tool_name + ' ' + report.tool_version) << "</dd>\n";
  if (!report.as_of.empty()) {
    out << "<dt>" << html_escape(words.as_of) << "</dt><dd>" << html_escape(report.as_of)
        << "</dd>\n";
  }
  if (!report.lock.empty()) {
    out << "<dt>" << html_escape(words.lock_file) << "</dt><dd>" << code_or_blank(report.lock)
        << "</dd>\n";
  }
  if (!report.waivers.empty()) {
    out << "<dt>" << html_escape(words.waiver_file) << "</dt><dd>" << code_or_blank(report.waivers)
        << "</dd>\n";
  }
  out << "<dt>" << html_escape(words.inputs) << "</dt><dd>" << report.summary.inputs << "</dd>\n"
      << "</dl>\n";
  write_level_chart(report, words, out);
  out << "</section>\n";
}

void write_notices(const Report& report, const HtmlWords& words, std::ostream& out) {
  if (report.notices.empty()) return;
  out << "<section id=\"notices\">\n<h2>" << html_escape(words.notices) << "</h2>\n<ul>\n";
  for (const auto& notice : report.notices) {
    const bool in_german = german(words) && !notice.message_de.empty();
    out << "<li>" << code_or_blank(notice.code) << ' '
        << (in_german || !german(words) ? "<span>" : "<span lang=\"en\">")
        << html_escape(in_german ? notice.message_de : notice.message) << "</span></li>\n";
  }
  out << "</ul>\n</section>\n";
}

void write_profiles(const Report& report, const HtmlWords& words, std::ostream& out) {
  out << "<section id=\"profiles\">\n<h2>" << html_escape(words.profile_chain) << "</h2>\n";
  if (report.profiles.empty()) {
    out << "<p>" << html_escape(words.no_profiles) << "</p>\n</section>\n";
    return;
  }
  out << "<table class=\"profiles\">\n<caption>" << html_escape(words.profile_chain_caption)
      << "</caption>\n<thead><tr>" << th_col(words.id) << th_col(words.version)
      << th_col(words.level) << th_col(words.publisher) << th_col(words.sha256)
      << "</tr></thead>\n<tbody>\n";
  for (const auto& profile : report.profiles) {
    out << "<tr><td>" << code_or_blank(profile.id) << "</td><td>" << html_escape(profile.version)
        << "</td><td>" << html_escape(profile.level) << "</td><td>"
        << html_escape(profile.publisher) << "</td><td>" << code_or_blank(profile.sha256)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

void write_stages(const InputResult& input, const HtmlWords& words, std::ostream& out) {
  if (input.stages.empty()) return;
  out << "<table class=\"stages\">\n<caption>" << html_escape(words.stages) << ": "
      << html_escape(input.path) << "</caption>\n<thead><tr>" << th_col(words.stage)
      << th_col(words.status) << th_col(words.duration_ms, "num") << "</tr></thead>\n<tbody>\n";
  for (const auto& stage : input.stages) {
    out << "<tr><td>" << html_escape(stage.name) << "</td><td>"
        << html_escape(stage_status_word(stage.status, words)) << "</td><td class=\"num\">"
        << milliseconds_text(stage.ms) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_input(const InputResult& input, const HtmlWords& words, std::ostream& out) {
  out << "<section class=\"input\">\n<h3><code>" << html_escape(input.path) << "</code> \u2014 "
      << html_escape(verdict_word(input.verdict, words)) << "</h3>\n"
      << "<p>" << html_escape(words.document_type) << ": "
      << (input.document_type.empty() ? html_escape(words.no_document_type)
                                      : code_or_blank(input.document_type))
      << "</p>\n";
  if (input.verdict == Verdict::kIncomplete) {
    out << "<p class=\"note\"><strong>" << html_escape(verdict_word(input.verdict, words))
        << ":</strong> " << html_escape(incomplete_reason_words(input, words)) << "; "
        << html_escape(words.incomplete_note) << "</p>\n";
  }
  write_stages(input, words, out);
  if (input.findings.empty()) {
    out << "<p>" << html_escape(words.no_findings) << "</p>\n</section>\n";
    return;
  }
  findings_table_start(out, words.findings_in, input.path,
                       {words.severity, words.position, words.rule, words.message, words.xpath,
                        words.source, words.origin});
  for (const auto& finding : input.findings) {
    out << finding_row_start(finding) << severity_cell(finding.severity, words, !!finding.waiver)
        << "<td class=\"num\">" << html_escape(position_text(finding.location, words))
        << "</td><td class=\"rule-id\">" << code_or_blank(finding.rule_id) << "</td>"
        << message_cell(finding, words) << "<td class=\"xpath\">"
        << code_or_blank(finding.location.xpath) << "</td><td>" << html_escape(finding.source)
        << "</td><td>" << html_escape(origin_text(finding.origin, words)) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

void write_by_input(const Report& report, const HtmlWords& words, std::ostream& out) {
  out << "<section id=\"by-input\">\n<h2>" << html_escape(words.findings_by_input) << "</h2>\n";
  if (report.inputs.empty()) out << "<p>" << html_escape(words.no_inputs) << "</p>\n";
  for (const auto& input : report.inputs) write_input(input, words, out);
  out << "</section>\n";
}

void write_rule(const Report& report, const RuleInfo& rule, const HtmlWords& words,
                std::ostream& out) {
  const LocalText title = rule_title(rule, words);
  out << "<section class=\"rule\">\n<h3><code>" << html_escape(rule.id) << "</code> \u2014 ";
  if (title.text.empty()) {
    out << html_escape(words.unlisted_rule);
  } else {
    out << "<span" << lang_attribute(title.lang) << ">" << html_escape(title.text) << "</span>";
  }
  out << "</h3>\n";
  if (!rule.source.empty()) {
    out << "<p>" << html_escape(words.source) << ": " << html_escape(rule.source) << "</p>\n";
  }
  findings_table_start(out, words.findings_of_rule, rule.id,
                       {words.input, words.position, words.severity, words.message, words.xpath,
                        words.source, words.origin});
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) {
      if (finding.rule_id != rule.id) continue;
      out << finding_row_start(finding) << "<td><code>" << html_escape(input.path)
          << "</code></td><td class=\"num\">" << html_escape(position_text(finding.location, words))
          << "</td>" << severity_cell(finding.severity, words, !!finding.waiver)
          << message_cell(finding, words) << "<td class=\"xpath\">"
          << code_or_blank(finding.location.xpath) << "</td><td>" << html_escape(finding.source)
          << "</td><td>" << html_escape(origin_text(finding.origin, words)) << "</td></tr>\n";
    }
  }
  out << "</tbody>\n</table>\n</section>\n";
}

std::string quiet_rule_row(const RuleInfo& rule, const HtmlWords& words) {
  const LocalText title = rule_title(rule, words);
  return "<tr><td class=\"rule-id\">" + code_or_blank(rule.id) + "</td><td" +
         lang_attribute(title.lang) + ">" + html_escape(title.text) + "</td>" +
         severity_cell(rule.default_severity, words) + "<td>" + html_escape(rule.source) +
         "</td></tr>\n";
}

/// Where a page would have its rows of every rule without findings when they are left out, to be
/// sent apart as the catalogue's shared text (render_html_with).
using LeftOutRows = std::optional<std::streamoff>;

void write_quiet_rules(const HtmlRuleCatalogue& catalogue, const std::vector<std::size_t>& quiet,
                       bool all_quiet, std::ostream& out, LeftOutRows* left_out) {
  const HtmlWords& words = catalogue.words();
  out << "<section class=\"quiet-rules\">\n<h3>" << html_escape(words.rules_without_findings)
      << "</h3>\n<table>\n<caption>" << html_escape(words.rules_without_findings_caption)
      << "</caption>\n<thead><tr>" << th_col(words.rule) << th_col(words.title)
      << th_col(words.severity) << th_col(words.source) << "</tr></thead>\n<tbody>\n";
  if (all_quiet && left_out != nullptr) {
    *left_out = out.tellp();
  } else if (all_quiet) {
    out << catalogue.text();
  } else {
    for (const std::size_t i : quiet) out << catalogue.row(i);
  }
  out << "</tbody>\n</table>\n</section>\n";
}

// Every listed rule that fired gets a section, then every rule that fired without being listed
// (a finding must never disappear from the page because its metadata is missing); the listed
// rules that did not fire share one table. Maps each fired id to whether its section is written.
void write_by_rule(const Report& report, const HtmlRuleCatalogue& catalogue, std::ostream& out,
                   LeftOutRows* left_out) {
  const HtmlWords& words = catalogue.words();
  out << "<section id=\"by-rule\">\n<h2>" << html_escape(words.findings_by_rule) << "</h2>\n";
  std::map<std::string_view, bool> fired;
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) fired.emplace(finding.rule_id, false);
  }
  std::vector<std::size_t> quiet;
  std::size_t listed = 0;
  for (std::size_t i = 0; i < report.rules.size(); ++i) {
    if (catalogue.row(i).empty()) continue;
    ++listed;
    const auto section = fired.find(report.rules[i].id);
    if (section == fired.end()) {
      quiet.push_back(i);
      continue;
    }
    write_rule(report, report.rules[i], words, out);
    section->second = true;
  }
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) {
      bool& written = fired.at(finding.rule_id);
      if (written) continue;
      RuleInfo rule;
      rule.id = finding.rule_id;
      rule.default_severity = finding.severity;
      write_rule(report, rule, words, out);
      written = true;
    }
  }
  if (fired.empty()) out << "<p>" << html_escape(words.no_rule_findings) << "</p>\n";
  if (!quiet.empty()) write_quiet_rules(catalogue, quiet, quiet.size() == listed, out, left_out);
  out << "</section>\n";
}

void write_page(const Report& report, const HtmlRuleCatalogue& catalogue, std::ostream& out,
                LeftOutRows* left_out = nullptr) {
  const HtmlWords& words = catalogue.words();
  write_head(report, words, out);
  out << "<body>\n";
  write_verdict(report, words, out);
  out << "<main>\n";
  write_summary(report, words, out);
  write_notices(report, words, out);
  write_profiles(report, words, out);
  write_by_input(report, words, out);
  write_by_rule(report, catalogue, out, left_out);
  out << "</main>\n<footer>\n<p>" << html_escape(words.generated_by) << ' '
      << html_escape(report.tool_name + ' ' + report.tool_version) << "</p>\n</footer>\n"
      << "</body>\n</html>\n";
}

}  // namespace

void render_html(const Report& report, const RenderOptions& options, std::ostream& out) {
  write_page(report, HtmlRuleCatalogue(report.rules, options.lang), out);
}

struct HtmlRuleCatalogue::Rows {
  std::string text;
  std::vector<std::size_t> ends;
};

HtmlRuleCatalogue::HtmlRuleCatalogue(RuleList rules, std::string_view lang)
    : HtmlRuleCatalogue(rules, html_words(lang), [&] {
        const HtmlWords& words = html_words(lang);
        Rows rows;
        rows.ends.reserve(rules.size());
        std::set<std::string_view> seen;
        for (const auto& rule : rules) {
          if (seen.insert(rule.id).second) rows.text += quiet_rule_row(rule, words);
          rows.ends.push_back(rows.text.size());
        }
        return rows;
      }()) {}

HtmlRuleCatalogue::HtmlRuleCatalogue(RuleList rules, const HtmlWords& words, Rows rows)
    : RuleCatalogueText(std::move(rules), std::move(rows.text)),
      words_(&words),
      ends_(std::move(rows.ends)) {}

std::string_view HtmlRuleCatalogue::row(std::size_t i) const {
  const std::size_t start = i == 0 ? 0 : ends_[i - 1];
  return std::string_view(text()).substr(start, ends_[i] - start);
}

const HtmlRuleCatalogue& HtmlRuleCatalogues::in(std::string_view lang) const {
  // The page languages in the order of HtmlRuleCatalogues::languages_.
  constexpr std::array<std::string_view, 2> kPageLanguages = {"en", "de"};
  const std::size_t index = german(html_words(lang)) ? 1 : 0;
  InLanguage& language = languages_[index];
  std::call_once(language.once, [&] { language.rows.emplace(rules_, kPageLanguages[index]); });
  return *language.rows;
}

RenderedPieces render_html_with(const Report& report, const RenderOptions& options,
                                const HtmlRuleCatalogue& catalogue) {
  std::ostringstream out;
  if (!catalogue.lists(report.rules) || &catalogue.words() != &html_words(options.lang)) {
    render_html(report, options, out);
    return {std::move(out).str()};
  }
  LeftOutRows left_out;
  write_page(report, catalogue, out, &left_out);
  std::string page = std::move(out).str();
  if (!left_out) return {std::move(page)};
  const auto at = static_cast<std::size_t>(*left_out);
  std::string tail = page.substr(at);
  page.resize(at);
  return {std::move(page), catalogue.shared_text(), std::move(tail)};
}

}  // namespace konform::reports
