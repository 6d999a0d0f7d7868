#include "validator/codelist/codelist_rules.h"

#include <array>
#include <stdexcept>
#include <string>

namespace konform::codelist {
namespace {

const std::array<RuleInfo, 5>& rules() {
  static const std::array<RuleInfo, 5> kRules = {{
      {std::string(kRuleUnknownList), Severity::kWarning,
       "The code list (listURI) or its version (listVersionID) is not among the loaded code lists",
       "Die Codeliste (listURI) oder ihre Version (listVersionID) ist nicht unter den geladenen "
       "Codelisten",
       "XÖV-Handbuch, Codelisten (Datentyp Code: listURI, listVersionID); genericode 1.0 "
       "Identification"},
      {std::string(kRuleUnknownCode), Severity::kError,
       "The code value is not in the referenced code list version",
       "Der Code-Wert ist in der angegebenen Version der Codeliste nicht enthalten",
       "XÖV-Handbuch, Codelisten (Datentyp Code: code); genericode 1.0 Key/SimpleCodeList"},
      {std::string(kRuleNameMismatch), Severity::kWarning,
       "The name element does not match the code list entry of the code",
       "Das Element name passt nicht zum Eintrag des Codes in der Codeliste",
       "XÖV-Handbuch, Codelisten (Datentyp Code: name aus der Beschreibungsspalte); genericode "
       "1.0"},
      {std::string(kRuleNotValidAtDate), Severity::kError,
       "The code list version is not valid at the validation date",
       "Die Version der Codeliste ist zum Prüfdatum nicht gültig",
       "XÖV-Handbuch, Codelisten (Gültigkeit einer Codelistenversion); genericode 1.0 with "
       "xoev-cl annotation validFrom / datumGueltigkeitAb"},
      {std::string(kRuleMissingVersion), Severity::kWarning,
       "listVersionID is missing and the code list exists in several versions",
       "listVersionID fehlt, und die Codeliste liegt in mehreren Versionen vor",
       "XÖV-Handbuch, Codelisten (Code-Typ 3 und 4: Version ist anzugeben); genericode 1.0 "
       "Identification/Version"},
  }};
  return kRules;
}

}  // namespace

std::span<const RuleInfo> codelist_rules() { return rules(); }

const RuleInfo& codelist_rule(std::string_view id) {
  for (const RuleInfo& rule : rules()) {
    if (rule.id == id) return rule;
  }
  throw std::out_of_range("unknown code-list rule id: " + std::string(id));
}

}  // namespace konform::codelist
