// The words of `konform profile doc` in German and English: every heading, column and phrase the
// catalogue says itself, so a page is in one language throughout (--lang de|en). The rules' own
// titles come from the ProfileDoc, in both languages, each in its own column.
#pragma once

#include <string>
#include <string_view>

namespace konform::reports {

/// Every word and phrase of the catalogue; their German and English are in
/// reports/words/profile_doc.tsv.
struct ProfileDocWords {
  std::string_view lang;  ///< "de" or "en", the page's language
  std::string_view profile;
  std::string_view resolved_as_of;  ///< "Resolved with its chain as of"; the date follows
  std::string_view by_konform;      ///< ends that sentence in the Markdown form
  std::string_view chain;
  std::string_view chain_intro;
  std::string_view chain_caption;
  std::string_view version;
  std::string_view level;
  std::string_view title;
  std::string_view publisher;
  std::string_view extends;
  std::string_view valid;
  std::string_view levels;
  std::string_view levels_intro;
  std::string_view levels_caption;
  std::string_view rules_count;
  std::string_view made_binding;
  std::string_view built_in;
  std::string_view nothing_binding;
  std::string_view document_types;
  std::string_view no_document_types;
  std::string_view document_types_caption;
  std::string_view document_type;
  std::string_view root_element;
  std::string_view condition;
  std::string_view schema;
  std::string_view applies;
  std::string_view applies_on;  ///< Markdown column: "Applies on <date>"
  std::string_view rules;
  std::string_view rules_intro;
  std::string_view rules_caption;
  std::string_view rule;
  std::string_view severity;
  std::string_view title_own;    ///< the title in the page's language
  std::string_view title_other;  ///< the title in the other language
  std::string_view title_other_lang;
  std::string_view source;
  std::string_view origin;
  std::string_view set_by;
  std::string_view binding;
  std::string_view at_least;
  std::string_view codelists;
  std::string_view no_codelists;
  std::string_view codelists_caption;
  std::string_view list_uri;
  std::string_view name;
  std::string_view valid_from;
  std::string_view always;
  std::string_view from;
  std::string_view to;
  std::string_view deprecated;
  std::string_view use;
  std::string_view yes;
  std::string_view no;
  std::string_view off;  ///< a rule the chain switched off
  std::string_view generated_by;
};

/// German for "de", English otherwise.
const ProfileDocWords& profile_doc_words(std::string_view lang);

/// error, warning, info, off in the page's language.
std::string_view doc_severity_word(std::string_view severity, const ProfileDocWords& words);
/// federal, state, municipal, other in the page's language.
std::string_view doc_level_word(std::string_view level, const ProfileDocWords& words);
/// "always", "from 2026-01-01", "from … to …" in the page's language.
std::string doc_validity(const std::string& from, const std::string& to,
                         const ProfileDocWords& words);

}  // namespace konform::reports
