// `konform profile doc --format markdown`: the catalogue for a repository's README or wiki.
#include "reports/escape.h"
#include "reports/profile_doc_renderers.h"

namespace konform::reports {
namespace {

std::string cell(const std::string& text) { return text.empty() ? "—" : markdown_escape(text); }

std::string validity(const std::string& from, const std::string& to) {
  if (from.empty() && to.empty()) return "always";
  return (from.empty() ? "" : "from " + from) + (from.empty() || to.empty() ? "" : " ") +
         (to.empty() ? "" : "to " + to);
}

void write_chain(const ProfileDoc& doc, std::ostream& out) {
  out << "## Profile chain\n\nParents first; each profile may only tighten what those above it "
         "make binding.\n\n"
      << "| Profile | Version | Level | Title | Publisher | Extends | Valid | SHA-256 |\n"
      << "|---|---|---|---|---|---|---|---|\n";
  for (const auto& p : doc.chain) {
    out << "| " << cell(p.id) << " | " << cell(p.version) << " | " << cell(p.level) << " | "
        << cell(p.title) << " | " << cell(p.publisher) << " | " << cell(p.extends) << " | "
        << validity(p.valid_from, p.valid_to)
        << (p.deprecated ? ", deprecated" +
                               (p.replaced_by.empty() ? "" : " (use " + cell(p.replaced_by) + ")")
                         : "")
        << " | " << cell(p.sha256) << " |\n";
  }
  out << "\n";
  for (const auto& p : doc.chain) {
    if (!p.description.empty()) out << "- " << cell(p.id) << ": " << cell(p.description) << "\n";
  }
  out << "\n";
}

void write_document_types(const ProfileDoc& doc, std::ostream& out) {
  out << "## Document types\n\n";
  if (doc.document_types.empty()) {
    out << "None: the chain defines no document type.\n\n";
    return;
  }
  out << "| Document type | Profile | Root element | Condition | Schema | Schematron | Valid | "
         "Applies on "
      << cell(doc.as_of) << " |\n"
      << "|---|---|---|---|---|---|---|---|\n";
  for (const auto& t : doc.document_types) {
    std::string schematrons;
    for (const auto& rules : t.schematrons) {
      schematrons += (schematrons.empty() ? "" : "<br>") + cell(rules);
    }
    const std::string root = "{" + t.match_namespace + "}" + t.match_local_name;
    out << "| " << cell(t.id) << (t.title.empty() ? "" : "<br>" + cell(t.title)) << " | "
        << cell(t.profile) << " | " << cell(root) << " | " << cell(t.match_condition) << " | "
        << cell(t.schema) << " | " << (schematrons.empty() ? "—" : schematrons) << " | "
        << validity(t.valid_from, t.valid_to) << " | " << (t.applies ? "yes" : "no") << " |\n";
  }
  out << "\n";
}

void write_rules(const ProfileDoc& doc, std::ostream& out) {
  out << "## Rules\n\nEffective severity after every profile's declarations; `off` rules are "
         "switched off by the chain.\n\n"
      << "| Rule | Severity | Title | Titel (deutsch) | Source | Origin | Set by | Binding |\n"
      << "|---|---|---|---|---|---|---|---|\n";
  for (const auto& r : doc.rules) {
    out << "| " << cell(r.id) << " | " << r.severity << " | " << cell(r.title) << " | "
        << cell(r.title_de) << " | " << cell(r.source) << " | " << cell(r.origin) << " | "
        << (r.set_by.empty() ? "—" : cell(r.set_by))
        << (r.reason.empty() ? "" : " (" + markdown_escape(r.reason) + ")") << " | "
        << (r.binding.empty() ? "—" : "at least " + r.binding) << " |\n";
  }
  out << "\n";
}

void write_codelists(const ProfileDoc& doc, std::ostream& out) {
  out << "## Code lists\n\n";
  if (doc.codelists.empty()) {
    out << "None: the chain carries no code list.\n";
    return;
  }
  out << "| List URI | Version | Name | Valid from | Profile |\n|---|---|---|---|---|\n";
  for (const auto& list : doc.codelists) {
    out << "| " << cell(list.uri) << " | " << cell(list.version) << " | " << cell(list.name)
        << " | " << cell(list.valid_from) << " | " << cell(list.profile) << " |\n";
  }
}

}  // namespace

void render_profile_doc_markdown(const ProfileDoc& doc, std::ostream& out) {
  if (doc.chain.empty()) return;
  const auto& profile = doc.chain.back();
  out << "# Profile " << markdown_escape(profile.id) << " " << markdown_escape(profile.version)
      << "\n\n"
      << markdown_escape(profile.title) << "\n\n"
      << "Resolved with its chain as of " << markdown_escape(doc.as_of) << " by konform.\n\n";
  write_chain(doc, out);
  write_document_types(doc, out);
  write_rules(doc, out);
  write_codelists(doc, out);
}

}  // namespace konform::reports
