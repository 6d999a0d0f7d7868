// `konform profile doc --format markdown`: the catalogue for a repository's README or wiki, in
// German or English like the html page (reports/profile_doc_wording.h).
#include "reports/escape.h"
#include "reports/profile_doc_levels.h"
#include "reports/profile_doc_renderers.h"
#include "reports/profile_doc_wording.h"

namespace konform::reports {
namespace {

std::string doc_cell(const std::string& text) { return text.empty() ? "—" : markdown_escape(text); }

void header_row(std::ostream& out, std::initializer_list<std::string_view> columns) {
  out << "|";
  for (auto column : columns) out << " " << column << " |";
  out << "\n|";
  for (std::size_t i = 0; i < columns.size(); ++i) out << "---|";
  out << "\n";
}

void write_chain_markdown(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  out << "## " << w.chain << "\n\n" << w.chain_intro << "\n\n";
  header_row(out,
             {w.profile, w.version, w.level, w.title, w.publisher, w.extends, w.valid, "SHA-256"});
  for (const auto& p : doc.chain) {
    out << "| " << doc_cell(p.id) << " | " << doc_cell(p.version) << " | "
        << doc_level_word(p.level, w) << " | " << doc_cell(p.title) << " | "
        << doc_cell(p.publisher) << " | " << doc_cell(p.extends) << " | "
        << doc_validity(p.valid_from, p.valid_to, w)
        << (p.deprecated ? ", " + std::string(w.deprecated) +
                               (p.replaced_by.empty() ? ""
                                                      : " (" + std::string(w.use) + " " +
                                                            doc_cell(p.replaced_by) + ")")
                         : "")
        << " | " << doc_cell(p.sha256) << " |\n";
  }
  out << "\n";
  for (const auto& p : doc.chain) {
    if (!p.description.empty())
      out << "- " << doc_cell(p.id) << ": " << doc_cell(p.description) << "\n";
  }
  out << "\n";
}

std::string count_cell(std::size_t n) { return n == 0 ? "—" : std::to_string(n); }

void write_levels_markdown(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  out << "## " << w.levels << "\n\n" << w.levels_intro << "\n\n";
  header_row(
      out, {w.profile, w.level, w.rules_count, doc_severity_word("error", w),
            doc_severity_word("warning", w), doc_severity_word("info", w), w.off, w.made_binding});
  for (const auto& level : level_summaries(doc)) {
    auto severity = [&](const char* name) {
      auto it = level.by_severity.find(name);
      return count_cell(it == level.by_severity.end() ? 0 : it->second);
    };
    std::string binding;
    for (const auto& [floor, rules] : level.binding) {
      binding += (binding.empty() ? "" : "<br>") + std::to_string(rules) + " \u00d7 " +
                 std::string(w.at_least) + " " + std::string(doc_severity_word(floor, w));
    }
    out << "| "
        << (level.profile.empty() ? "konform (" + std::string(w.built_in) + ")"
                                  : doc_cell(level.profile))
        << " | " << (level.level.empty() ? "—" : doc_level_word(level.level, w)) << " | "
        << level.rules << " | " << severity("error") << " | " << severity("warning") << " | "
        << severity("info") << " | " << severity("off") << " | "
        << (binding.empty() ? std::string(w.nothing_binding) : binding) << " |\n";
  }
  out << "\n";
}

void write_document_types_markdown(const ProfileDoc& doc, const ProfileDocWords& w,
                                   std::ostream& out) {
  out << "## " << w.document_types << "\n\n";
  if (doc.document_types.empty()) {
    out << w.no_document_types << "\n\n";
    return;
  }
  const std::string applies_on = std::string(w.applies_on) + " " + doc_cell(doc.as_of);
  header_row(out, {w.document_type, w.profile, w.root_element, w.condition, w.schema, "Schematron",
                   w.valid, applies_on});
  for (const auto& t : doc.document_types) {
    std::string schematrons;
    for (const auto& rules : t.schematrons) {
      schematrons += (schematrons.empty() ? "" : "<br>") + doc_cell(rules);
    }
    const std::string root = "{" + t.match_namespace + "}" + t.match_local_name;
    out << "| " << doc_cell(t.id) << (t.title.empty() ? "" : "<br>" + doc_cell(t.title)) << " | "
        << doc_cell(t.profile) << " | " << doc_cell(root) << " | " << doc_cell(t.match_condition)
        << " | " << doc_cell(t.schema) << " | " << (schematrons.empty() ? "—" : schematrons)
        << " | " << doc_validity(t.valid_from, t.valid_to, w) << " | " << (t.applies ? w.yes : w.no)
        << " |\n";
  }
  out << "\n";
}

void write_rules_markdown(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  // The intro's <em> is html; Markdown marks the word as code.
  std::string intro(w.rules_intro);
  for (std::string_view tag : {"<em>", "</em>"}) intro.replace(intro.find(tag), tag.size(), "`");
  out << "## " << w.rules << "\n\n" << intro << "\n\n";
  header_row(out, {w.rule, w.severity, w.title_own, w.title_other, w.source, w.origin, w.set_by,
                   w.binding});
  const bool german = w.lang == "de";
  for (const auto& r : doc.rules) {
    out << "| " << doc_cell(r.id) << " | " << doc_severity_word(r.severity, w) << " | "
        << doc_cell(german ? r.title_de : r.title) << " | "
        << doc_cell(german ? r.title : r.title_de) << " | " << doc_cell(r.source) << " | "
        << doc_cell(r.origin) << " | " << (r.set_by.empty() ? "—" : doc_cell(r.set_by))
        << (r.reason.empty() ? "" : " (" + markdown_escape(r.reason) + ")") << " | "
        << (r.binding.empty()
                ? "—"
                : std::string(w.at_least) + " " + std::string(doc_severity_word(r.binding, w)))
        << " |\n";
  }
  out << "\n";
}

void write_codelists_markdown(const ProfileDoc& doc, const ProfileDocWords& w, std::ostream& out) {
  out << "## " << w.codelists << "\n\n";
  if (doc.codelists.empty()) {
    out << w.no_codelists << "\n";
    return;
  }
  header_row(out, {w.list_uri, w.version, w.name, w.valid_from, w.profile});
  for (const auto& list : doc.codelists) {
    out << "| " << doc_cell(list.uri) << " | " << doc_cell(list.version) << " | "
        << doc_cell(list.name) << " | " << doc_cell(list.valid_from) << " | "
        << doc_cell(list.profile) << " |\n";
  }
}

}  // namespace

void render_profile_doc_markdown(const ProfileDoc& doc, std::string_view lang, std::ostream& out) {
  if (doc.chain.empty()) return;
  const ProfileDocWords& w = profile_doc_words(lang);
  const auto& profile = doc.chain.back();
  out << "# " << w.profile << " " << markdown_escape(profile.id) << " "
      << markdown_escape(profile.version) << "\n\n"
      << markdown_escape(profile.title) << "\n\n"
      << w.resolved_as_of << " " << markdown_escape(doc.as_of) << " " << w.by_konform << ".\n\n";
  write_chain_markdown(doc, w, out);
  write_levels_markdown(doc, w, out);
  write_document_types_markdown(doc, w, out);
  write_rules_markdown(doc, w, out);
  write_codelists_markdown(doc, w, out);
}

}  // namespace konform::reports
