// What a compiled chain prepares for rendering every report it makes: its rule catalogue in each
// format that lists it whole, the same for all of them (reports/rule_catalogue_text.h). A service
// renders one report per request; without it, each would write the chain's whole catalogue again
// (in json, xml and sarif more instructions than checking an XRechnung invoice). Each format's
// catalogue is written when the chain first renders that format: a command-line run renders one
// or two formats, and writing all three up front cost it 3.7 M instructions (XSchule, 16 messages).
// html (and pdf, printed from it) lists the rules without findings in the page's language: one
// set of rows per language, written when a report first asks for it.
#pragma once

#include <mutex>
#include <optional>
#include <string_view>

#include "konform/report.h"
#include "reports/html_rule_catalogue.h"
#include "reports/json_rule_catalogue.h"
#include "reports/sarif_rule_catalogue.h"
#include "reports/xml_rule_catalogue.h"

namespace konform::api {

struct Report::Prepared {
  explicit Prepared(RuleList rules) : rules_(rules), html_(std::move(rules)) {}

  const reports::JsonRuleCatalogue& json_rules() const { return json_.get(rules_); }
  const reports::XmlRuleCatalogue& xml_rules() const { return xml_.get(rules_); }
  const reports::SarifRuleCatalogue& sarif_rules() const { return sarif_.get(rules_); }
  const reports::HtmlRuleCatalogue& html_rules(std::string_view lang) const {
    return html_.in(lang);
  }

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
  OnFirstUse<reports::JsonRuleCatalogue> json_;
  OnFirstUse<reports::XmlRuleCatalogue> xml_;
  OnFirstUse<reports::SarifRuleCatalogue> sarif_;
  // Its call_once lives in reports: instantiated here, on a type nested in the exported Report,
  // libkonform.so exported it (api_exported_symbols).
  reports::HtmlRuleCatalogues html_;
};

}  // namespace konform::api
