// `konform profile doc --format html`: the catalogue as one self-contained page that can be
// published, mailed or printed, in German or English (every word the page says itself; each
// rule's titles in both languages, the page's first). Everything is inline; there is no script
// and no reference outside the file. Accessibility as in the html report: <html lang>, h1 > h2 in
// order, tables with <caption> and <th scope>, text in the other language marked with its lang.
// Rule ids are never broken: wide tables scroll on screen.
#include "reports/html_escape.h"
#include "reports/html_page.h"
#include "reports/profile_doc_levels.h"
#include "reports/profile_doc_renderers.h"
#include "reports/profile_doc_wording.h"

namespace konform::reports {
namespace {

/// The catalogue's own style, after the page's start (html_page.h).
constexpr std::string_view kStyle = R"css(.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .92rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #eceff3; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .88em;
  overflow-wrap: break-word; }
/* Ids head their rows: kept whole on one line; the table scrolls instead. */
th[scope="row"] > code { white-space: nowrap; }
.off { color: #404040; font-style: italic; }
footer { margin-top: 2rem; font-size: .85rem; color: #404040; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  .scroll { overflow: visible; }
  thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, caption { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
)css";

std::string text(const std::string& value) { return value.empty() ? "—" : html_escape(value); }

std::string code(const std::string& value) {
  return value.empty() ? "—" : "<code>" + html_escape(value) + "</code>";
}

/// A column heading; `lang` when it is not in the page's language.
struct Column {
  Column(std::string_view heading, std::string_view language = {})
      : text(heading), lang(language) {}
  Column(const char* heading) : text(heading) {}
  std::string_view text;
  std::string_view lang;
};

void section_start(std::ostream& out, std::string_view id, std::string_view heading) {
  out << "<section aria-labelledby=\"" << id << "\">\n<h2 id=\"" << id << "\">"
      << html_escape(heading) << "</h2>\n";
}

/// The table a section ends with: the id of its caption, which names the table's scroll region,
/// the caption, and what the section says instead when the table has no rows (if `none` is empty,
/// the table is written all the same).
struct Table {
  std::string_view id;
  std::string_view caption;
  std::string_view none = {};
};

/// Writes `table` with `columns` and a row per item of `rows` (`write_row` writes it), and ends the
/// section: every table is the last thing in its section.
template <typename Rows, typename WriteRow>
void write_table(std::ostream& out, const Table& table, std::initializer_list<Column> columns,
                 const Rows& rows, WriteRow write_row) {
  if (rows.empty() && !table.none.empty()) {
    out << "<p>" << html_escape(table.none) << "</p>\n</section>\n";
    return;
  }
  scroll_region_start(out, table.id);
  out << "<table>\n<caption id=\"" << table.id << "\">" << html_escape(table.caption)
      << "</caption>\n<thead><tr>";
  for (const auto& column : columns) {
    out << "<th scope=\"col\""
        << (column.lang.empty() ? "" : " lang=\"" + std::string(column.lang) + "\"") << ">"
        << html_escape(column.text) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) write_row(row);
  out << "</tbody>\n</table>\n</div>\n</section>\n";
}

void write_chain(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  section_start(out, "chain", w.chain);
  out << "<p>" << html_escape(w.chain_intro) << "</p>\n";
  const auto write_row = [&](const auto& p) {
    out << "<tr><th scope=\"row\">" << code(p.id) << "</th><td>" << text(p.version) << "</td><td>"
        << html_escape(doc_level_word(p.level, w)) << "</td><td>" << text(p.title);
    if (!p.description.empty()) out << "<br><small>" << html_escape(p.description) << "</small>";
    out << "</td><td>" << text(p.publisher) << "</td><td>" << text(p.extends) << "</td><td>"
        << html_escape(doc_validity(p.valid_from, p.valid_to, w));
    if (p.deprecated) {
      out << ", " << w.deprecated
          << (p.replaced_by.empty() ? ""
                                    : " (" + std::string(w.use) + " " + code(p.replaced_by) + ")");
    }
    out << "</td><td>" << code(p.sha256) << "</td></tr>\n";
  };
  write_table(out, {"chain-caption", w.chain_caption},
              {w.profile, w.version, w.level, w.title, w.publisher, w.extends, w.valid, "SHA-256"},
              doc.chain, write_row);
}

/// "3" or "—": counts in a table read better without zeros.
std::string count(std::size_t n) { return n == 0 ? "—" : std::to_string(n); }

void write_levels(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  section_start(out, "levels", w.levels);
  out << "<p>" << html_escape(w.levels_intro) << "</p>\n";
  const auto write_row = [&](const auto& level) {
    auto severity = [&](const char* name) {
      auto it = level.by_severity.find(name);
      return count(it == level.by_severity.end() ? 0 : it->second);
    };
    out << "<tr><th scope=\"row\">"
        << (level.profile.empty() ? "konform (" + std::string(w.built_in) + ")"
                                  : code(level.profile))
        << "</th><td>" << (level.level.empty() ? "—" : html_escape(doc_level_word(level.level, w)))
        << "</td><td class=\"num\">" << level.rules << "</td><td class=\"num\">"
        << severity("error") << "</td><td class=\"num\">" << severity("warning")
        << "</td><td class=\"num\">" << severity("info") << "</td><td class=\"num\">"
        << severity("off") << "</td><td>";
    if (level.binding.empty()) out << html_escape(w.nothing_binding);
    bool first = true;
    for (const auto& [floor, rules] : level.binding) {
      out << (first ? "" : "<br>") << rules << " \u00d7 " << html_escape(w.at_least) << ' '
          << html_escape(doc_severity_word(floor, w));
      first = false;
    }
    out << "</td></tr>\n";
  };
  write_table(
      out, {"levels-caption", w.levels_caption},
      {w.profile, w.level, w.rules_count, doc_severity_word("error", w),
       doc_severity_word("warning", w), doc_severity_word("info", w), w.off, w.made_binding},
      level_summaries(doc), write_row);
}

void write_document_types(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  section_start(out, "document-types", w.document_types);
  const auto write_row = [&](const auto& t) {
    out << "<tr><th scope=\"row\">" << code(t.id);
    if (!t.title.empty()) out << "<br>" << html_escape(t.title);
    out << "</th><td>" << code(t.profile) << "</td><td>"
        << code("{" + t.match_namespace + "}" + t.match_local_name) << "</td><td>"
        << code(t.match_condition) << "</td><td>" << code(t.schema) << "</td><td>";
    if (t.schematrons.empty()) out << "—";
    for (std::size_t i = 0; i < t.schematrons.size(); ++i) {
      out << (i > 0 ? "<br>" : "") << code(t.schematrons[i]);
    }
    out << "</td><td>" << html_escape(doc_validity(t.valid_from, t.valid_to, w)) << "</td><td>"
        << (t.applies ? w.yes : w.no) << "</td></tr>\n";
  };
  write_table(out, {"document-types-caption", w.document_types_caption, w.no_document_types},
              {w.document_type, w.profile, w.root_element, w.condition, w.schema, "Schematron",
               w.valid, w.applies},
              doc.document_types, write_row);
}

void write_rules(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  section_start(out, "rules", w.rules);
  out << "<p>" << w.rules_intro << "</p>\n";
  const bool german = w.lang == "de";
  const auto write_row = [&](const auto& r) {
    const std::string& own = german ? r.title_de : r.title;
    const std::string& other = german ? r.title : r.title_de;
    out << "<tr" << (r.severity == "off" ? " class=\"off\"" : "") << "><th scope=\"row\">"
        << code(r.id) << "</th><td>" << html_escape(doc_severity_word(r.severity, w)) << "</td><td>"
        << text(own) << "</td><td lang=\"" << w.title_other_lang << "\">" << text(other)
        << "</td><td>" << text(r.source) << "</td><td>" << code(r.origin) << "</td><td>"
        << code(r.set_by) << (r.reason.empty() ? "" : " (" + html_escape(r.reason) + ")")
        << "</td><td>"
        << (r.binding.empty()
                ? "—"
                : html_escape(w.at_least) + " " + html_escape(doc_severity_word(r.binding, w)))
        << "</td></tr>\n";
  };
  write_table(out, {"rules-caption", w.rules_caption},
              {w.rule,
               w.severity,
               w.title_own,
               {w.title_other, w.title_other_lang},
               w.source,
               w.origin,
               w.set_by,
               w.binding},
              doc.rules, write_row);
}

void write_codelists(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  section_start(out, "codelists", w.codelists);
  const auto write_row = [&](const auto& list) {
    out << "<tr><th scope=\"row\">" << code(list.uri) << "</th><td>" << text(list.version)
        << "</td><td>" << text(list.name) << "</td><td>" << text(list.valid_from) << "</td><td>"
        << code(list.profile) << "</td></tr>\n";
  };
  write_table(out, {"codelists-caption", w.codelists_caption, w.no_codelists},
              {w.list_uri, w.version, w.name, w.valid_from, w.profile}, doc.codelists, write_row);
}

}  // namespace

void render_profile_doc_html(const ProfileDoc& doc, std::string_view lang, std::ostream& out) {
  const ProfileDocWords& w = profile_doc_words(lang);
  const std::string title = doc.chain.empty() ? std::string(w.profile)
                                              : std::string(w.profile) + " " + doc.chain.back().id +
                                                    " " + doc.chain.back().version;
  std::vector<std::string> chain;
  for (const auto& profile : doc.chain) chain.push_back(profile.id + " " + profile.version);
  write_html_head(out, w.lang, "konform", title,
                  page_style_start("90rem") + std::string(kStyle) +
                      print_footer_css(chain, doc.as_of, html_words(w.lang)));
  out << "<body>\n<header>\n<h1>" << html_escape(title) << "</h1>\n";
  if (!doc.chain.empty()) out << "<p>" << html_escape(doc.chain.back().title) << "</p>\n";
  out << "<p>" << html_escape(w.resolved_as_of) << " <time datetime=\"" << html_escape(doc.as_of)
      << "\">" << html_escape(doc.as_of) << "</time>.</p>\n</header>\n<main>\n";
  write_chain(doc, w, out);
  write_levels(doc, w, out);
  write_document_types(doc, w, out);
  write_rules(doc, w, out);
  write_codelists(doc, w, out);
  out << "</main>\n<footer>\n<p>" << html_escape(w.generated_by)
      << " <code>profile doc</code>.</p>\n</footer>\n</body>\n</html>\n";
}

}  // namespace konform::reports
