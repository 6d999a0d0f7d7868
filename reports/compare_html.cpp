// The `html` format of `konform compare`: one self-contained page that compares candidates
// (products) rule by rule, to read, mail, archive and print (A4 landscape). Inline CSS, no script,
// nothing outside the file. The overall verdict comes first (id="verdict", data-verdict for
// tools), then the candidates with their totals, a legend, the rules where the candidates differ,
// the matrix (rules as rows grouped by level in one <tbody> each, sorted by topic, engine rules
// last and only where they fired; candidates as columns) and the inputs each candidate was
// checked with. A failed cell opens (<details>, no script) to its findings: place and message. UI
// language: RenderOptions::lang ("de" or empty: German). Accessibility: <html lang>, headings in
// order, every table with <caption> and <th scope>, each cell says its state in words next to a
// symbol (data-state for tools); colour only repeats it.
#include <algorithm>
#include <string>
#include <vector>

#include "reports/compare_renderers.h"
#include "reports/html_escape.h"
#include "reports/html_page.h"
#include "reports/html_wording.h"
#include "reports/marks.h"
#include "reports/wording.h"
#include "reports/words_file.h"

namespace konform::reports {
namespace {

/// The words this page uses besides those it shares with the report page (html_wording.h); their
/// German and English are in reports/words/compare.tsv.
struct CompareWords {
  std::string_view title;
  std::string_view overall_verdict;
  std::string_view candidates;
  std::string_view candidates_caption;
  std::string_view candidate;
  std::string_view product;
  std::string_view verdict;
  std::string_view waived_count;
  std::string_view profile_chain;
  std::string_view legend;
  std::string_view pass;
  std::string_view pass_help;
  std::string_view fail_help;
  std::string_view waived;
  std::string_view waived_help;
  std::string_view not_applicable;
  std::string_view not_applicable_help;
  std::string_view not_assessable;
  std::string_view not_assessable_help;
  std::string_view incomplete;
  std::string_view incomplete_help;
  std::string_view matrix;
  std::string_view matrix_caption;
  std::string_view topic;
  std::string_view format_level;
  std::string_view checked_inputs;
  std::string_view inputs_of;  ///< caption prefix: "Inputs of <candidate>"
  std::string_view no_candidates;
  std::string_view no_rules;
  std::string_view differences;
  std::string_view differences_caption;
  std::string_view no_differences;
  std::string_view failed_somewhere;
  std::string_view other_differences;
  std::string_view engine_level;
  std::string_view skip_links;  ///< the name of the links that jump to the tables
  std::string_view to_differences;
  std::string_view to_matrix;
};

const CompareWords& compare_words(bool german) {
  static const CompareWords kGerman =
      words_from<CompareWords>(embedded::compare_words_tsv, WordsLanguage::kGerman);
  static const CompareWords kEnglish =
      words_from<CompareWords>(embedded::compare_words_tsv, WordsLanguage::kEnglish);
  return german ? kGerman : kEnglish;
}

/// The comparison's own style, after the page's start and the verdict box (html_page.h).
constexpr std::string_view kStyle =
    R"css(dl.facts, dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd, dl.legend dd { margin: 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .92rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th, .level-row th { background: #eceff3; }
.level-row th { font-size: 1rem; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .88em;
  overflow-wrap: anywhere; }
.rule-id { white-space: nowrap; font-weight: 600; }
th[scope="col"] > code { overflow-wrap: normal; } /* candidate names break at hyphens only */
.rule-title { display: block; font-size: .9em; }
.cell { white-space: nowrap; border-left: .4rem solid; }
.cell-pass { background: #e8f5ea; border-left-color: #1e6b34; }
.cell-fail.sev-error { background: #fbeaea; border-left-color: #a4161a; font-weight: 600; }
.cell-fail.sev-warning { background: #fff4dc; border-left-color: #b36b00; }
.cell-fail.sev-info { background: #e8f0fb; border-left-color: #1f5fa8; }
.cell-waived { background: #f4f4f4; border-left-color: #6b6b6b; font-style: italic; }
.cell-not-applicable { color: #4d4d4d; border-left-color: #d0d0d0; }
.cell-not-assessable { color: #4d4d4d; background: #f4f4f4; border-left-color: #8c8c8c;
  border-left-style: dotted; }
.cell-incomplete { background: #fff4dc; border-left-color: #8a5300; border-left-style: dashed; }
.cell details ul { margin: .3rem 0 0; padding-left: 1.1rem; white-space: normal; font-weight: normal;
  min-width: 16rem; }
.cell summary { cursor: pointer; }
footer { margin-top: 2rem; font-size: .85rem; color: #404040; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  .scroll { overflow: visible; }
  .verdict, .cell, thead th, .level-row th {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, caption { break-after: avoid; page-break-after: avoid; }
  tr, .verdict { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
)css";

/// "1 Fehler", "2 Warnungen"; "1 error", "2 warnings".
std::string counted_severity(int count, Severity severity, const HtmlWords& words) {
  if (words.lang != "de") return counted(count, severity_word(severity, words));
  return std::to_string(count) + ' ' +
         std::string(count == 1 ? severity_word(severity, words)
                                : severity_plural(severity, words));
}

std::string_view level_text(RuleLevel level, const HtmlWords& words, const CompareWords& cw) {
  switch (level) {
    case RuleLevel::kFormat:
      return cw.format_level;
    case RuleLevel::kFederal:
      return level_word(LevelCategory::kFederal, words);
    case RuleLevel::kState:
      return level_word(LevelCategory::kState, words);
    case RuleLevel::kMunicipal:
      return level_word(LevelCategory::kMunicipal, words);
    case RuleLevel::kOther:
      return level_word(LevelCategory::kOther, words);
  }
  return "";
}

std::string th_col(std::string_view label, std::string_view css_class = "") {
  return "<th scope=\"col\"" +
         (css_class.empty() ? "" : " class=\"" + std::string(css_class) + '"') + ">" +
         html_escape(label) + "</th>";
}

std::string symbol(std::string_view text) {
  return "<span aria-hidden=\"true\">" + std::string(text) + "</span> ";
}

std::string verdict_text(Verdict verdict, const HtmlWords& words) {
  return symbol(verdict_marks(verdict).symbol) + html_escape(verdict_word(verdict, words));
}

/// The differences are a section of their own once there are two candidates to tell apart.
bool has_differences_section(const CompareMatrix& matrix) { return matrix.candidates.size() >= 2; }

void write_head(const CompareMatrix& matrix, const HtmlWords& words, const CompareWords& cw,
                std::ostream& out) {
  write_html_head(out, words.lang, matrix.tool_name + ' ' + matrix.tool_version,
                  std::string(cw.title) + ": " + std::string(verdict_word(matrix.verdict, words)),
                  page_style_start("96rem") + std::string(kVerdictStyle) + std::string(kStyle) +
                      print_footer_css(chain_names(matrix.profiles), matrix.as_of, words));
}

/// The first stops of the keyboard: past the summary and the legend straight to the tables.
void write_skip_links(const CompareMatrix& matrix, const CompareWords& cw, std::ostream& out) {
  out << "<nav class=\"skip-links\" aria-label=\"" << html_escape(cw.skip_links) << "\">\n<ul>\n";
  if (has_differences_section(matrix)) {
    out << "<li><a href=\"#differences\">" << html_escape(cw.to_differences) << "</a></li>\n";
  }
  out << "<li><a href=\"#matrix\">" << html_escape(cw.to_matrix) << "</a></li>\n</ul>\n</nav>\n";
}

void write_verdict(const CompareMatrix& matrix, const HtmlWords& words, const CompareWords& cw,
                   std::ostream& out) {
  int counts[3] = {0, 0, 0};
  for (const auto& candidate : matrix.candidates) ++counts[static_cast<int>(candidate.verdict)];
  const std::string_view verdict = to_string(matrix.verdict);
  out << "<header>\n<h1>" << html_escape(cw.title) << "</h1>\n"
      << "<div id=\"verdict\" class=\"verdict verdict-" << verdict << "\" data-verdict=\""
      << verdict << "\">\n"
      << "<p class=\"verdict-main\">" << symbol(verdict_marks(matrix.verdict).symbol)
      << html_escape(cw.overall_verdict) << ": <strong>"
      << html_escape(verdict_word(matrix.verdict, words)) << "</strong></p>\n"
      << "<p>" << html_escape(cw.candidates) << ": " << matrix.candidates.size();
  for (Verdict each : {Verdict::kConformant, Verdict::kNotConformant, Verdict::kIncomplete}) {
    out << " \u00b7 " << html_escape(verdict_word(each, words)) << ": "
        << counts[static_cast<int>(each)];
  }
  out << "</p>\n</div>\n";
  write_skip_links(matrix, cw, out);
  out << "</header>\n";
}

void write_summary(const CompareMatrix& matrix, const HtmlWords& words, const CompareWords& cw,
                   std::ostream& out) {
  out << "<section id=\"candidates\">\n<h2>" << html_escape(cw.candidates) << "</h2>\n"
      << "<dl class=\"facts\">\n<dt>" << html_escape(words.tool) << "</dt><dd>"
      << html_escape(matrix.tool_name + ' ' + matrix.tool_version) << "</dd>\n";
  if (!matrix.as_of.empty()) {
    out << "<dt>" << html_escape(words.as_of) << "</dt><dd>" << html_escape(matrix.as_of)
        << "</dd>\n";
  }
  out << "<dt>" << html_escape(cw.profile_chain) << "</dt><dd>";
  if (matrix.profiles.empty()) out << html_escape(words.no_profiles);
  for (std::size_t i = 0; i < matrix.profiles.size(); ++i) {
    const auto& profile = matrix.profiles[i];
    out << (i == 0 ? "" : " \u2192 ") << "<code>" << html_escape(profile.id) << "</code> "
        << html_escape(profile.version);
  }
  out << "</dd>\n</dl>\n";
  if (matrix.candidates.empty()) {
    out << "<p>" << html_escape(cw.no_candidates) << "</p>\n</section>\n";
    return;
  }
  out << "<table class=\"candidates\">\n<caption>" << html_escape(cw.candidates_caption)
      << "</caption>\n<thead><tr>" << th_col(cw.candidate) << th_col(cw.product)
      << th_col(cw.verdict) << th_col(words.inputs, "num")
      << th_col(severity_plural(Severity::kError, words), "num")
      << th_col(severity_plural(Severity::kWarning, words), "num")
      << th_col(severity_plural(Severity::kInfo, words), "num") << th_col(cw.waived_count, "num")
      << "</tr></thead>\n<tbody>\n";
  for (const auto& candidate : matrix.candidates) {
    const auto& totals = candidate.totals;
    out << "<tr><th scope=\"row\"><code>" << html_escape(candidate.name) << "</code></th><td>"
        << html_escape(candidate.product_name) << "</td><td class=\"verdict-"
        << to_string(candidate.verdict) << "\" data-verdict=\"" << to_string(candidate.verdict)
        << "\">" << verdict_text(candidate.verdict, words) << "</td><td class=\"num\">"
        << totals.inputs << "</td><td class=\"num\">" << totals.errors << "</td><td class=\"num\">"
        << totals.warnings << "</td><td class=\"num\">" << totals.infos << "</td><td class=\"num\">"
        << totals.waived << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

void write_legend(const HtmlWords& words, const CompareWords& cw, std::ostream& out) {
  auto entry = [&](std::string_view css, std::string_view label, std::string_view help) {
    out << "<dt class=\"cell " << css << "\">" << label << "</dt><dd>" << html_escape(help)
        << "</dd>\n";
  };
  out << "<section id=\"legend\">\n<h2>" << html_escape(cw.legend)
      << "</h2>\n<dl class=\"legend\">\n";
  entry("cell-pass", symbol("\u2714") + html_escape(cw.pass), cw.pass_help);
  entry("cell-fail sev-error",
        symbol(severity_marks(Severity::kError).symbol) +
            html_escape(counted_severity(2, Severity::kError, words)),
        cw.fail_help);
  entry("cell-waived", symbol("\u2298") + html_escape(cw.waived) + " (1)", cw.waived_help);
  entry("cell-not-applicable", symbol("\u2013") + html_escape(cw.not_applicable),
        cw.not_applicable_help);
  entry("cell-not-assessable", symbol("\u2205") + html_escape(cw.not_assessable),
        cw.not_assessable_help);
  entry("cell-incomplete", symbol("?") + html_escape(cw.incomplete), cw.incomplete_help);
  out << "</dl>\n</section>\n";
}

/// Where a finding is: the input's path, with line and column when known.
std::string where(const CellFinding& finding) {
  std::string text = finding.path;
  if (finding.location.line > 0) {
    text += ':' + std::to_string(finding.location.line);
    if (finding.location.column > 0) text += ':' + std::to_string(finding.location.column);
  }
  return text;
}

/// What a failed cell stands for: each finding's place and message in the page's language (the
/// English message, marked as such, where the rule has no German one).
void write_cell_findings(const std::vector<CellFinding>& findings, const HtmlWords& words,
                         std::ostream& out) {
  out << "<ul>\n";
  for (const auto& finding : findings) {
    const bool german = words.lang == "de" && !finding.message_de.empty();
    const bool other_language = words.lang == "de" && !german;
    out << "<li><code>" << html_escape(where(finding)) << "</code> <span"
        << (other_language ? " lang=\"en\"" : "") << ">"
        << html_escape(german ? finding.message_de : finding.message) << "</span></li>\n";
  }
  out << "</ul>\n";
}

/// `context` ("rule, candidate") is said by screen readers after a failed cell's count, which alone
/// ("1 error") tells nothing when the keyboard moves from one <summary> to the next.
void write_cell(const CompareCell& cell, std::string_view context, const HtmlWords& words,
                const CompareWords& cw, std::ostream& out) {
  const std::string_view state = to_string(cell.state);
  out << "<td class=\"cell cell-" << state;
  if (cell.state == CellState::kFail) out << " sev-" << to_string(cell.severity);
  out << "\" data-state=\"" << state << "\">";
  switch (cell.state) {
    case CellState::kPass:
      out << symbol("\u2714") << html_escape(cw.pass);
      break;
    case CellState::kFail:
      if (!cell.details.empty()) out << "<details><summary>";
      out << symbol(severity_marks(cell.severity).symbol)
          << html_escape(counted_severity(cell.findings, cell.severity, words));
      if (cell.waived > 0) out << ", " << html_escape(cw.waived) << " (" << cell.waived << ')';
      if (!cell.details.empty()) {
        out << "<span class=\"visually-hidden\"> (" << html_escape(context)
            << ")</span></summary>\n";
        write_cell_findings(cell.details, words, out);
        out << "</details>";
      }
      break;
    case CellState::kWaived:
      out << symbol("\u2298") << html_escape(cw.waived) << " (" << cell.waived << ')';
      break;
    case CellState::kNotApplicable:
      out << symbol("\u2013") << html_escape(cw.not_applicable);
      break;
    case CellState::kNotAssessable:
      out << symbol("\u2205") << html_escape(cw.not_assessable);
      break;
    case CellState::kIncomplete:
      out << symbol("?") << html_escape(cw.incomplete);
      break;
  }
  out << "</td>";
}

std::string level_heading(RuleLevel level, const CompareMatrix& matrix, const HtmlWords& words,
                          const CompareWords& cw) {
  std::string text = html_escape(level_text(level, words, cw));
  std::string profiles;
  for (const auto& profile : matrix.profiles) {
    if (level == RuleLevel::kFormat || rule_level_of_profile(profile.level) != level) continue;
    profiles += (profiles.empty() ? "" : ", ") + ("<code>" + html_escape(profile.id) + "</code>");
  }
  return profiles.empty() ? text : text + " (" + profiles + ')';
}

void write_row(const CompareRow& row, const std::vector<CompareCandidate>& candidates,
               const HtmlWords& words, const CompareWords& cw, std::ostream& out) {
  const bool german_title = words.lang == "de" && !row.title_de.empty();
  const std::string& title = german_title ? row.title_de : row.title;
  out << "<tr><td>" << html_escape(row.topic) << "</td><th scope=\"row\"><code class=\"rule-id\">"
      << html_escape(row.rule_id) << "</code>";
  if (!title.empty()) {
    const bool other_language = words.lang == "de" && !german_title;
    out << "<span class=\"rule-title\"" << (other_language ? " lang=\"en\"" : "") << ">"
        << html_escape(title) << "</span>";
  }
  out << "</th>";
  for (std::size_t i = 0; i < row.cells.size() && i < candidates.size(); ++i) {
    write_cell(row.cells[i], row.rule_id + ", " + candidates[i].name, words, cw, out);
  }
  out << "</tr>\n";
}

/// `id` names the caption, which names the table's scroll region.
void write_table_head(const CompareMatrix& matrix, std::string_view id, std::string_view caption,
                      const HtmlWords& words, const CompareWords& cw, std::ostream& out) {
  scroll_region_start(out, id);
  out << "<table class=\"matrix\">\n<caption id=\"" << id << "\">" << html_escape(caption)
      << "</caption>\n<thead><tr>" << th_col(cw.topic) << th_col(words.rule);
  for (const auto& candidate : matrix.candidates) {
    out << "<th scope=\"col\"><code>" << html_escape(candidate.name) << "</code></th>";
  }
  out << "</tr></thead>\n";
}

bool fired(const CompareRow& row) {
  return std::any_of(row.cells.begin(), row.cells.end(), [](const CompareCell& cell) {
    return cell.state == CellState::kFail || cell.state == CellState::kWaived;
  });
}

/// Engine rules (CompareRow::engine) say how the check went, not what a candidate offers: a
/// page lists them only where they fired, so a reader never takes "nothing went wrong while
/// reading" for a property of the product.
bool shown(const CompareRow& row) { return !row.engine || fired(row); }

bool differs(const CompareRow& row) {
  return std::any_of(row.cells.begin(), row.cells.end(), [&](const CompareCell& cell) {
    return cell.state != row.cells.front().state;
  });
}

void write_group(const std::vector<const CompareRow*>& rows, const std::string& heading,
                 std::string_view css, const CompareMatrix& matrix, const HtmlWords& words,
                 const CompareWords& cw, std::ostream& out) {
  out << "<tbody class=\"level-" << css << "\">\n<tr class=\"level-row\">"
      << "<th scope=\"rowgroup\" colspan=\"" << 2 + matrix.candidates.size() << "\">" << heading
      << "</th></tr>\n";
  for (const CompareRow* row : rows) write_row(*row, matrix.candidates, words, cw, out);
  out << "</tbody>\n";
}

bool failed_somewhere(const CompareRow& row) {
  return std::any_of(row.cells.begin(), row.cells.end(),
                     [](const CompareCell& cell) { return cell.state == CellState::kFail; });
}

/// The rules a decision turns on, before the full matrix: those whose cells are not all in the
/// same state, in three groups: rules some candidate does not meet, the other differences (waived,
/// not assessable, incomplete), and last the engine rules that fired for some candidates only.
void write_differences(const CompareMatrix& matrix, const HtmlWords& words, const CompareWords& cw,
                       std::ostream& out) {
  if (!has_differences_section(matrix)) return;
  out << "<section id=\"differences\">\n<h2>" << html_escape(cw.differences) << "</h2>\n";
  std::vector<const CompareRow*> failed, other, engine;
  for (const auto& row : matrix.rows) {
    if (!shown(row) || !differs(row)) continue;
    auto& group = row.engine ? engine : failed_somewhere(row) ? failed : other;
    group.push_back(&row);
  }
  if (failed.empty() && other.empty() && engine.empty()) {
    out << "<p>" << html_escape(cw.no_differences) << "</p>\n</section>\n";
    return;
  }
  write_table_head(matrix, "differences-caption", cw.differences_caption, words, cw, out);
  if (!failed.empty())
    write_group(failed, html_escape(cw.failed_somewhere), "failed", matrix, words, cw, out);
  if (!other.empty())
    write_group(other, html_escape(cw.other_differences), "differing", matrix, words, cw, out);
  if (!engine.empty())
    write_group(engine, html_escape(cw.engine_level), "engine", matrix, words, cw, out);
  out << "</table>\n</div>\n</section>\n";
}

void write_matrix(const CompareMatrix& matrix, const HtmlWords& words, const CompareWords& cw,
                  std::ostream& out) {
  out << "<section id=\"matrix\">\n<h2>" << html_escape(cw.matrix) << "</h2>\n";
  if (matrix.rows.empty()) {
    out << "<p>" << html_escape(cw.no_rules) << "</p>\n</section>\n";
    return;
  }
  write_table_head(matrix, "matrix-caption", cw.matrix_caption, words, cw, out);
  std::vector<const CompareRow*> group;
  std::vector<const CompareRow*> engine;
  for (std::size_t i = 0; i < matrix.rows.size(); ++i) {
    const CompareRow& row = matrix.rows[i];
    if (row.engine) {
      if (shown(row)) engine.push_back(&row);
    } else {
      group.push_back(&row);
    }
    const bool level_ends = i + 1 == matrix.rows.size() || matrix.rows[i + 1].level != row.level;
    if (level_ends && !group.empty()) {
      write_group(group, level_heading(row.level, matrix, words, cw), to_string(row.level), matrix,
                  words, cw, out);
      group.clear();
    }
  }
  if (!engine.empty())
    write_group(engine, html_escape(cw.engine_level), "engine", matrix, words, cw, out);
  out << "</table>\n</div>\n</section>\n";
}

void write_inputs(const CompareMatrix& matrix, const HtmlWords& words, const CompareWords& cw,
                  std::ostream& out) {
  if (matrix.candidates.empty()) return;
  out << "<section id=\"inputs\">\n<h2>" << html_escape(cw.checked_inputs) << "</h2>\n";
  for (const auto& candidate : matrix.candidates) {
    out << "<table class=\"inputs\">\n<caption>" << html_escape(cw.inputs_of) << ' '
        << html_escape(candidate.name) << " (<code>" << html_escape(candidate.path)
        << "</code>)</caption>\n<thead><tr>" << th_col(words.input) << th_col(words.document_type)
        << th_col(cw.verdict) << "</tr></thead>\n<tbody>\n";
    for (const auto& input : candidate.inputs) {
      out << "<tr><th scope=\"row\"><code>" << html_escape(input.path) << "</code></th><td>"
          << (input.document_type.empty() ? html_escape(words.no_document_type)
                                          : "<code>" + html_escape(input.document_type) + "</code>")
          << "</td><td data-verdict=\"" << to_string(input.verdict) << "\">"
          << verdict_text(input.verdict, words) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  out << "</section>\n";
}

}  // namespace

void render_compare_html(const CompareMatrix& matrix, const RenderOptions& options,
                         std::ostream& out) {
  const HtmlWords& words = html_words(german_page(options) ? "de" : "en");
  const CompareWords& cw = compare_words(german_page(options));
  write_head(matrix, words, cw, out);
  out << "<body>\n";
  write_verdict(matrix, words, cw, out);
  out << "<main>\n";
  write_summary(matrix, words, cw, out);
  write_legend(words, cw, out);
  write_differences(matrix, words, cw, out);
  write_matrix(matrix, words, cw, out);
  write_inputs(matrix, words, cw, out);
  out << "</main>\n<footer>\n<p>" << html_escape(words.generated_by) << ' '
      << html_escape(matrix.tool_name + ' ' + matrix.tool_version) << "</p>\n</footer>\n"
      << "</body>\n</html>\n";
}

}  // namespace konform::reports
