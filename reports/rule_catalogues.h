// Every rule catalogue a compiled chain prepares for the reports it renders, one per format that
// lists the rules whole (rule_catalogue_text.h). A service renders one report per request;
// without them, each would write the chain's whole catalogue again (in json, xml and sarif more
// instructions than checking an XRechnung invoice). Each format's catalogue is written when the
// chain first renders that format: a command-line run renders one or two formats, and writing
// all three up front cost it 3.7 M instructions (XSchule, 16 messages). html (and pdf, printed
// from it) lists the rules without findings in the page's language: one set of rows per
// language, written when a report first asks for it.
#pragma once

#include <mutex>
#include <optional>
#include <string_view>

#include "reports/html_rule_catalogue.h"
#include "reports/sarif_rule_catalogue.h"
#include "reports/text_rule_catalogues.h"
#include "validator/core/rule_list.h"

namespace konform::reports {

class RuleCatalogues {
 public:
  explicit RuleCatalogues(RuleList rules) : rules_(rules), html_(std::move(rules)) {}

  const JsonRuleCatalogue& json() const { return json_.get(rules_); }
  const XmlRuleCatalogue& xml() const { return xml_.get(rules_); }
  const SarifRuleCatalogue& sarif() const { return sarif_.get(rules_); }
  /// The rows in the language html_words(lang) chooses.
  const HtmlRuleCatalogue& html(std::string_view lang) const { return html_.in(lang); }

 private:
  /// One catalogue, written by the first thread that asks for it; the others wait for it.
  template <typename Catalogue>
  class OnFirstUse {
   public:
    const Catalogue& get(const RuleList& rules) const {
      std::call_once(once_, [&] { catalogue_.emplace(rules); });
      return *catalogue_;
    }

   private:
    mutable std::once_flag once_;
    mutable std::optional<Catalogue> catalogue_;
  };

  RuleList rules_;  // shared with the chain's compiled profile, not copied
  OnFirstUse<JsonRuleCatalogue> json_;
  OnFirstUse<XmlRuleCatalogue> xml_;
  OnFirstUse<SarifRuleCatalogue> sarif_;
  HtmlRuleCatalogues html_;
};

}  // namespace konform::reports
