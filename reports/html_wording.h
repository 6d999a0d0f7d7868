// The user-interface words of the `html` format in German and English. The report's own text
// (messages, titles) comes from the Report; everything the renderer says itself comes from here,
// so the page is entirely in one language. German is the page's primary audience (German
// administrations); English is there for vendors abroad.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "validator/core/report.h"

namespace konform::reports {

/// The categories the html summary chart groups findings by (Finding::origin.level). Levels a
/// profile may declare are federal, state, municipal and other; anything else (a built-in rule
/// has no level) counts as other.
enum class LevelCategory { kFederal, kState, kMunicipal, kOther };
inline constexpr LevelCategory kLevelCategories[] = {LevelCategory::kFederal, LevelCategory::kState,
                                                     LevelCategory::kMunicipal,
                                                     LevelCategory::kOther};
LevelCategory level_category(std::string_view level);

/// Every word and phrase the html page uses; their German and English are in
/// reports/words/html.tsv.
struct HtmlWords {
  std::string_view lang;  ///< the value of <html lang>
  std::string_view report_title;
  std::string_view verdict_label;
  std::string_view tool;
  std::string_view as_of;
  std::string_view summary;
  std::string_view inputs;
  std::string_view chart_title;
  std::string_view chart_description;
  std::string_view chart_table_caption;
  std::string_view level;
  std::string_view total;
  std::string_view profile_chain;
  std::string_view profile_chain_caption;
  std::string_view no_profiles;
  std::string_view id;
  std::string_view version;
  std::string_view sha256;
  std::string_view publisher;
  std::string_view findings_by_input;
  std::string_view findings_by_rule;
  std::string_view no_inputs;
  std::string_view document_type;
  std::string_view no_document_type;
  std::string_view stages;
  std::string_view stage;
  std::string_view status;
  std::string_view duration_ms;
  std::string_view findings_in;       ///< caption prefix: "Findings in <path>"
  std::string_view findings_of_rule;  ///< caption prefix: "Findings of rule <id>"
  std::string_view no_findings;
  std::string_view no_rule_findings;
  std::string_view severity;
  std::string_view position;
  std::string_view rule;
  std::string_view message;
  std::string_view xpath;
  std::string_view source;
  std::string_view origin;
  std::string_view input;
  std::string_view whole_file;
  std::string_view built_in;
  std::string_view unlisted_rule;  ///< title of a rule that fired without metadata
  std::string_view rules_without_findings;
  std::string_view rules_without_findings_caption;
  std::string_view title;
  std::string_view incomplete_note;  ///< follows the reason an input is incomplete
  std::string_view generated_by;
  std::string_view waived;        ///< after a severity: the finding is covered by a waiver
  std::string_view waived_count;  ///< the count of waived findings in the verdict box
  std::string_view waiver;        ///< "Waived until <date> by <author>: <reason>" is built from
  std::string_view waiver_by;     ///< waiver, the date, waiver_by, the author, ": ", the reason
  std::string_view notices;       ///< heading of the run's notices (expired, unused waivers)
  std::string_view lock_file;
  std::string_view waiver_file;
  std::string_view page;  ///< printed footer: "<page> 3 <page_of> 7"
  std::string_view page_of;
  // The words for an enum's values, in the enum's order (verdict_word() and its siblings).
  std::array<std::string_view, 3> verdicts;          ///< conformant, not conformant, incomplete
  std::array<std::string_view, 3> severities;        ///< info, warning, error
  std::array<std::string_view, 3> severity_plurals;  ///< infos, warnings, errors
  std::array<std::string_view, 4> stage_statuses;    ///< passed, failed, skipped, aborted
  std::array<std::string_view, 4> levels;            ///< federal, state, municipal, other
};

/// German for lang "de" or empty, English otherwise.
const HtmlWords& html_words(std::string_view lang);
/// Whether the page is in German (its words chosen for lang "de").
bool german(const HtmlWords& words);

std::string_view verdict_word(Verdict verdict, const HtmlWords& words);
std::string_view severity_word(Severity severity, const HtmlWords& words);
/// The plural heading of a severity column: "Fehler", "Warnungen", "Hinweise".
std::string_view severity_plural(Severity severity, const HtmlWords& words);
std::string_view stage_status_word(StageStatus status, const HtmlWords& words);
std::string_view level_word(LevelCategory level, const HtmlWords& words);
/// Why an input is incomplete, in the page's language (cf. incomplete_reason() in wording.h).
std::string incomplete_reason_words(const InputResult& input, const HtmlWords& words);

}  // namespace konform::reports
