// `konform profile diff --format markdown`: release notes a publisher can paste — one table per
// section, one row per changed property, every value escaped with markdown_escape().
#include "reports/escape.h"
#include "reports/profile_diff_renderers.h"

namespace konform::reports {
namespace {

// Control characters become U+FFFD first: release notes are read in terminals too.
std::string cell(const std::string& text) {
  return text.empty() ? "—" : markdown_escape(terminal_safe(text));
}

std::string code_cell(const std::string& text) {
  return text.empty() ? "—" : "`" + markdown_escape(terminal_safe(text)) + "`";
}

void write_items(const std::vector<ProfileDiff::Item>& items, std::string_view heading,
                 std::string_view key, std::ostream& out) {
  if (items.empty()) return;
  out << "## " << heading << "\n\n| " << key << " | Change | Property | Before | After |\n"
      << "|---|---|---|---|---|\n";
  for (const auto& item : items) {
    const std::string first =
        "| " + code_cell(item.id) + " | " + std::string(to_string(item.change));
    if (item.fields.empty()) out << first << " | — | — | — |\n";
    for (std::size_t i = 0; i < item.fields.size(); ++i) {
      const auto& field = item.fields[i];
      out << (i == 0 ? first : "| |") << " | " << field.name << " | " << cell(field.before) << " | "
          << cell(field.after) << " |\n";
    }
  }
  out << "\n";
}

std::string codes_cell(const std::vector<std::string>& codes) {
  std::string text;
  for (const auto& code : codes) text += (text.empty() ? "" : ", ") + code_cell(code);
  return text.empty() ? "—" : text;
}

void write_codelists(const ProfileDiff& diff, std::ostream& out) {
  if (diff.codelists.empty()) return;
  out << "## Code lists\n\n| Code list | Change | Version before | Version after | Codes | "
         "Codes added | Codes removed |\n|---|---|---|---|---|---|---|\n";
  for (const auto& list : diff.codelists) {
    const bool added = list.change == ProfileDiff::Change::kAdded;
    const bool removed = list.change == ProfileDiff::Change::kRemoved;
    out << "| " << code_cell(list.uri) << " | " << to_string(list.change) << " | "
        << cell(list.version_before) << " | " << cell(list.version_after) << " | "
        << (added ? "" : std::to_string(list.codes_before)) << (added || removed ? "" : " → ")
        << (removed ? "" : std::to_string(list.codes_after)) << " | "
        << codes_cell(list.codes_added) << " | " << codes_cell(list.codes_removed) << " |\n";
  }
  out << "\n";
}

void write_artefacts(const ProfileDiff& diff, std::ostream& out) {
  if (diff.artefacts.empty()) return;
  out << "## Artefacts\n\n| Profile | File | Kind | Change | SHA-256 before | SHA-256 after |\n"
      << "|---|---|---|---|---|---|\n";
  for (const auto& artefact : diff.artefacts) {
    out << "| " << cell(artefact.profile) << " | " << code_cell(artefact.path) << " | "
        << artefact.kind << " | " << to_string(artefact.change) << " | "
        << code_cell(std::string(short_hash(artefact.sha256_before))) << " | "
        << code_cell(std::string(short_hash(artefact.sha256_after))) << " |\n";
  }
  out << "\n";
}

}  // namespace

void render_profile_diff_markdown(const ProfileDiff& diff, std::ostream& out) {
  out << "# " << cell(diff.from.id) << " " << cell(diff.from.version) << " → " << cell(diff.to.id)
      << " " << cell(diff.to.version) << "\n\n"
      << (diff.empty() ? "No differences" : profile_diff_summary(diff)) << ".\n\n";
  write_items(diff.document_types, "Document types", "Document type", out);
  write_items(diff.rules, "Rules", "Rule", out);
  write_codelists(diff, out);
  write_artefacts(diff, out);
}

}  // namespace konform::reports
