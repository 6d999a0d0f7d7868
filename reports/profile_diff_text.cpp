// `konform profile diff` for the terminal: one line per changed item, marked like diff(1)'s
// unified output (+ added, - removed, ~ changed), its changed properties indented below.
#include "reports/escape.h"
#include "reports/profile_diff_renderers.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

/// diff(1)'s marks, in the order of ProfileDiff::Change: + added, - removed, ~ changed.
char marker(ProfileDiff::Change change) {
  constexpr char kMarks[] = {'+', '-', '~'};
  return kMarks[static_cast<int>(change)];
}

std::string shown(const std::string& value) {
  return value.empty() ? "(none)" : terminal_safe(value);
}

void write_items_text(const std::vector<ProfileDiff::Item>& items, std::string_view heading,
                      std::ostream& out) {
  if (items.empty()) return;
  out << heading << ":\n";
  for (const auto& item : items) {
    out << "  " << marker(item.change) << " " << terminal_safe(item.id) << "\n";
    for (const auto& field : item.fields) {
      out << "      " << field.name << ": ";
      if (item.change == ProfileDiff::Change::kAdded) {
        out << terminal_safe(field.after) << "\n";
      } else if (item.change == ProfileDiff::Change::kRemoved) {
        out << terminal_safe(field.before) << "\n";
      } else {
        out << shown(field.before) << " -> " << shown(field.after) << "\n";
      }
    }
  }
}

std::string code_words(const std::vector<std::string>& codes) {
  std::string words;
  for (const auto& code : codes) words += (words.empty() ? "" : ", ") + terminal_safe(code);
  return words;
}

void write_codelists_text(const ProfileDiff& diff, std::ostream& out) {
  if (diff.codelists.empty()) return;
  out << "code lists:\n";
  for (const auto& list : diff.codelists) {
    out << "  " << marker(list.change) << " " << terminal_safe(list.uri) << "  version ";
    if (list.change == ProfileDiff::Change::kAdded) {
      out << shown(list.version_after) << ", "
          << counted(static_cast<long long>(list.codes_after), "code") << "\n";
      continue;
    }
    if (list.change == ProfileDiff::Change::kRemoved) {
      out << shown(list.version_before) << ", "
          << counted(static_cast<long long>(list.codes_before), "code") << "\n";
      continue;
    }
    out << shown(list.version_before) << " -> " << shown(list.version_after) << ", codes "
        << list.codes_before << " -> " << list.codes_after << "\n";
    if (!list.codes_added.empty()) {
      out << "      codes added (" << list.codes_added.size()
          << "): " << code_words(list.codes_added) << "\n";
    }
    if (!list.codes_removed.empty()) {
      out << "      codes removed (" << list.codes_removed.size()
          << "): " << code_words(list.codes_removed) << "\n";
    }
  }
}

void write_artefacts_text(const ProfileDiff& diff, std::ostream& out) {
  if (diff.artefacts.empty()) return;
  out << "artefacts:\n";
  for (const auto& artefact : diff.artefacts) {
    out << "  " << marker(artefact.change) << " " << terminal_safe(artefact.profile) << ": "
        << terminal_safe(artefact.path) << "  (" << artefact.kind << ")  sha256 "
        << (artefact.sha256_before.empty() ? "(none)" : short_hash(artefact.sha256_before))
        << " -> " << (artefact.sha256_after.empty() ? "(none)" : short_hash(artefact.sha256_after))
        << "\n";
  }
}

}  // namespace

void render_profile_diff_text(const ProfileDiff& diff, std::ostream& out) {
  out << "konform profile diff: " << terminal_safe(diff.from.id) << " "
      << terminal_safe(diff.from.version) << " -> " << terminal_safe(diff.to.id) << " "
      << terminal_safe(diff.to.version) << "\n";
  write_items_text(diff.document_types, "document types", out);
  write_items_text(diff.rules, "rules", out);
  write_codelists_text(diff, out);
  write_artefacts_text(diff, out);
  out << profile_diff_summary(diff) << "\n";
}

}  // namespace konform::reports
