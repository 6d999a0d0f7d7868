// The html report's table of rules without findings, its rows written once for a compiled chain in
// one page language (rule_catalogue_text.h). A valid XRechnung invoice lists all 1,636 rules of
// its chain there; writing those rows per report made an html answer of the service cost 68.4 M
// instructions where the batch CLI, which writes its report once, spent 17.2 M. A report picks
// the rows of the rules that found nothing in it, in the catalogue's order, and splices them in.
#pragma once

#include <array>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "reports/html_wording.h"
#include "reports/rendered_pieces.h"
#include "reports/renderer.h"
#include "reports/rule_catalogue_text.h"
#include "validator/core/report.h"

namespace konform::reports {

class HtmlRuleCatalogue : public RuleCatalogueText {
 public:
  /// The rows in the language html_words(lang) chooses.
  HtmlRuleCatalogue(RuleList rules, std::string_view lang);

  /// The words of the page whose rows these are.
  const HtmlWords& words() const { return *words_; }
  /// The row of the i-th rule; empty when an earlier rule has its id (a page lists an id once).
  /// text() is every row, in order.
  std::string_view row(std::size_t i) const;

 private:
  struct Rows;
  HtmlRuleCatalogue(RuleList rules, const HtmlWords& words, Rows rows);

  const HtmlWords* words_;
  std::vector<std::size_t> ends_;  ///< row i ends at ends_[i] in text(), starts at ends_[i - 1]
};

/// A chain's rows in each page language, each written when a report first asks for it.
class HtmlRuleCatalogues {
 public:
  explicit HtmlRuleCatalogues(RuleList rules) : rules_(std::move(rules)) {}
  /// The rows in the language html_words(lang) chooses.
  const HtmlRuleCatalogue& in(std::string_view lang) const;

 private:
  /// The rows of one language, written by the first thread that asks for them.
  struct InLanguage {
    std::once_flag once;
    std::optional<HtmlRuleCatalogue> rows;
  };

  RuleList rules_;
  mutable std::array<InLanguage, 2> languages_;  ///< English, German
};

/// What render_html() writes, the rows of the rules without findings from `catalogue` when it
/// lists the report's rules in the page's language: all of them (no finding) as its shared text.
RenderedPieces render_html_with(const Report& report, const RenderOptions& options,
                                const HtmlRuleCatalogue& catalogue);

}  // namespace konform::reports
