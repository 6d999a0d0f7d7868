#include "reports/profile_check_renderer.h"

#include "reports/wording.h"

namespace konform::reports {
namespace {

/// Each would be a codelist-unknown-list finding on every message that uses it.
void render_missing_code_lists(const std::vector<MissingCodeListUse>& missing, std::ostream& out) {
  if (missing.empty()) return;
  out << "warning: " << counted(missing.size(), "code list")
      << " the schemas use but the chain does not carry (codelist-unknown-list on every "
         "message that uses one; add each list's genericode file to a <codelists> folder "
         "of the profile):\n";
  for (const auto& list : missing) {
    out << "  " << list.list_uri << "  "
        << (list.list_version.empty() ? "(version named by the message)"
                                      : "version " + list.list_version)
        << "  used by";
    for (const auto& element : list.elements) out << " " << element;
    out << "\n";
  }
}

/// Rules without a title in both languages read as their message's words, placeholders and all,
/// in compare pages and the catalogue.
void render_untitled_rules(const ProfileCheckSummary& summary, std::ostream& out) {
  for (const auto& rule : summary.untitled_rules) {
    const char* missing = !rule.english && !rule.german ? "title in English or German"
                          : !rule.english               ? "English title"
                                                        : "German title";
    out << "konform: warning: rule " << rule.id << " (" << rule.place << ") declares no " << missing
        << " (konform:title, konform:title-de on its assert or report, "
        << "namespace " << summary.title_namespace
        << "); reports fall back to the words of its message\n";
  }
}

}  // namespace

void render_profile_check_text(const ProfileCheckSummary& summary, std::ostream& out) {
  out << "konform: profile " << summary.id << " " << summary.version
      << " is valid: " << counted(summary.profiles, "profile") << " in the chain, "
      << counted(summary.document_types, "document type") << ", "
      << counted(summary.schematron_rule_sets, "Schematron rule set") << ", "
      << counted(summary.code_lists, "code list") << ", " << counted(summary.rules, "rule") << "\n";
  render_missing_code_lists(summary.missing_code_lists, out);
  render_untitled_rules(summary, out);
}

}  // namespace konform::reports
