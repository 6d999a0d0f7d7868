// `konform profile doc --format html`: the catalogue as one self-contained page that can be
// published or mailed. Everything is inline; there is no script and no reference outside the
// file. Accessibility as in the html report: <html lang>, h1 > h2 in order, tables with
// <caption> and <th scope>, German titles marked lang="de".
#include "reports/html_escape.h"
#include "reports/html_page.h"
#include "reports/profile_doc_renderers.h"

namespace konform::reports {
namespace {

constexpr std::string_view kStyle = R"css(:root { color-scheme: light; }
body { margin: 0 auto; max-width: 90rem; padding: 1.5rem; color: #1a1a1a; background: #ffffff;
  font-family: system-ui, "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  line-height: 1.45; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; padding-bottom: .25rem;
  border-bottom: 2px solid #c8c8c8; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .92rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #eceff3; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .88em;
  overflow-wrap: anywhere; }
/* Ids head their rows: kept whole, never broken one character per line in a narrow column. */
th[scope="row"] > code { white-space: nowrap; overflow-wrap: normal; }
.off { color: #404040; font-style: italic; }
footer { margin-top: 2rem; font-size: .85rem; color: #404040; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
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

std::string validity(const std::string& from, const std::string& to) {
  if (from.empty() && to.empty()) return "always";
  return (from.empty() ? "" : "from " + from) + (from.empty() || to.empty() ? "" : " ") +
         (to.empty() ? "" : "to " + to);
}

void head_row(std::ostream& out, std::initializer_list<std::string_view> columns) {
  out << "<thead><tr>";
  for (auto column : columns) out << "<th scope=\"col\">" << column << "</th>";
  out << "</tr></thead>\n<tbody>\n";
}

void write_chain(const ProfileDoc& doc, std::ostream& out) {
  out << "<section aria-labelledby=\"chain\">\n<h2 id=\"chain\">Profile chain</h2>\n"
      << "<p>Parents first; each profile may only tighten what those above it make binding.</p>\n"
      << "<table>\n<caption>Profiles of the chain</caption>\n";
  head_row(out,
           {"Profile", "Version", "Level", "Title", "Publisher", "Extends", "Valid", "SHA-256"});
  for (const auto& p : doc.chain) {
    out << "<tr><th scope=\"row\">" << code(p.id) << "</th><td>" << text(p.version) << "</td><td>"
        << text(p.level) << "</td><td>" << text(p.title);
    if (!p.description.empty()) out << "<br><small>" << html_escape(p.description) << "</small>";
    out << "</td><td>" << text(p.publisher) << "</td><td>" << text(p.extends) << "</td><td>"
        << validity(p.valid_from, p.valid_to);
    if (p.deprecated) {
      out << ", deprecated" << (p.replaced_by.empty() ? "" : " (use " + code(p.replaced_by) + ")");
    }
    out << "</td><td>" << code(p.sha256) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

void write_document_types(const ProfileDoc& doc, std::ostream& out) {
  out << "<section aria-labelledby=\"document-types\">\n"
      << "<h2 id=\"document-types\">Document types</h2>\n";
  if (doc.document_types.empty()) {
    out << "<p>None: the chain defines no document type.</p>\n</section>\n";
    return;
  }
  out << "<table>\n<caption>Document types and how inputs are matched to them</caption>\n";
  head_row(out, {"Document type", "Profile", "Root element", "Condition", "Schema", "Schematron",
                 "Valid", "Applies"});
  for (const auto& t : doc.document_types) {
    out << "<tr><th scope=\"row\">" << code(t.id);
    if (!t.title.empty()) out << "<br>" << html_escape(t.title);
    out << "</th><td>" << code(t.profile) << "</td><td>"
        << code("{" + t.match_namespace + "}" + t.match_local_name) << "</td><td>"
        << code(t.match_condition) << "</td><td>" << code(t.schema) << "</td><td>";
    if (t.schematrons.empty()) out << "—";
    for (std::size_t i = 0; i < t.schematrons.size(); ++i) {
      out << (i > 0 ? "<br>" : "") << code(t.schematrons[i]);
    }
    out << "</td><td>" << validity(t.valid_from, t.valid_to) << "</td><td>"
        << (t.applies ? "yes" : "no") << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

void write_rules(const ProfileDoc& doc, std::ostream& out) {
  out << "<section aria-labelledby=\"rules\">\n<h2 id=\"rules\">Rules</h2>\n"
      << "<p>Effective severity after every profile's declarations; <em>off</em> rules are "
         "switched off by the chain.</p>\n"
      << "<table>\n<caption>Every rule with its effective severity</caption>\n";
  head_row(out, {"Rule", "Severity", "Title", "Titel (deutsch)", "Source", "Origin", "Set by",
                 "Binding"});
  for (const auto& r : doc.rules) {
    out << "<tr" << (r.severity == "off" ? " class=\"off\"" : "") << "><th scope=\"row\">"
        << code(r.id) << "</th><td>" << html_escape(r.severity) << "</td><td>" << text(r.title)
        << "</td><td lang=\"de\">" << text(r.title_de) << "</td><td>" << text(r.source)
        << "</td><td>" << code(r.origin) << "</td><td>" << code(r.set_by)
        << (r.reason.empty() ? "" : " (" + html_escape(r.reason) + ")") << "</td><td>"
        << (r.binding.empty() ? "—" : "at least " + html_escape(r.binding)) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

void write_codelists(const ProfileDoc& doc, std::ostream& out) {
  out << "<section aria-labelledby=\"codelists\">\n<h2 id=\"codelists\">Code lists</h2>\n";
  if (doc.codelists.empty()) {
    out << "<p>None: the chain carries no code list.</p>\n</section>\n";
    return;
  }
  out << "<table>\n<caption>Code lists the chain carries</caption>\n";
  head_row(out, {"List URI", "Version", "Name", "Valid from", "Profile"});
  for (const auto& list : doc.codelists) {
    out << "<tr><th scope=\"row\">" << code(list.uri) << "</th><td>" << text(list.version)
        << "</td><td>" << text(list.name) << "</td><td>" << text(list.valid_from) << "</td><td>"
        << code(list.profile) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

void render_profile_doc_html(const ProfileDoc& doc, std::ostream& out) {
  const std::string title = doc.chain.empty()
                                ? std::string("Profile")
                                : "Profile " + doc.chain.back().id + " " + doc.chain.back().version;
  write_html_head(out, "en", "konform", title, kStyle);
  out << "<body>\n<header>\n<h1>" << html_escape(title) << "</h1>\n";
  if (!doc.chain.empty()) out << "<p>" << html_escape(doc.chain.back().title) << "</p>\n";
  out << "<p>Resolved with its chain as of <time datetime=\"" << html_escape(doc.as_of) << "\">"
      << html_escape(doc.as_of) << "</time>.</p>\n</header>\n<main>\n";
  write_chain(doc, out);
  write_document_types(doc, out);
  write_rules(doc, out);
  write_codelists(doc, out);
  out << "</main>\n<footer>\n<p>Generated by konform <code>profile doc</code>.</p>\n</footer>\n"
      << "</body>\n</html>\n";
}

}  // namespace konform::reports
