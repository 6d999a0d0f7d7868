#include "validator/rules/registry.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace konform::rules {
namespace {

// One entry per rule, sorted by id (a test checks the order): lookups are binary searches.
const std::array<BuiltinRule, 25> kRules = {{
    {{std::string(kCodelistMissingVersion.text()), Severity::kWarning,
      "listVersionID is missing and the code list exists in several versions",
      "listVersionID fehlt, und die Codeliste liegt in mehreren Versionen vor",
      "XÖV-Handbuch, Codelisten (Code-Typ 3 und 4: Version ist anzugeben); genericode 1.0 "
      "Identification/Version"},
     Stage::kCodelist,
     RuleFamily::kContent},
    {{std::string(kCodelistNameMismatch.text()), Severity::kWarning,
      "The name element does not match the code list entry of the code",
      "Das Element name passt nicht zum Eintrag des Codes in der Codeliste",
      "XÖV-Handbuch, Codelisten (Datentyp Code: name aus der Beschreibungsspalte); genericode "
      "1.0"},
     Stage::kCodelist,
     RuleFamily::kContent},
    {{std::string(kCodelistNotValidAtDate.text()), Severity::kError,
      "The code list version is not valid at the validation date",
      "Die Version der Codeliste ist zum Prüfdatum nicht gültig",
      "XÖV-Handbuch, Codelisten (Gültigkeit einer Codelistenversion); genericode 1.0 with "
      "xoev-cl annotation validFrom / datumGueltigkeitAb"},
     Stage::kCodelist,
     RuleFamily::kContent},
    {{std::string(kCodelistUnknownCode.text()), Severity::kError,
      "The code value is not in the referenced code list version",
      "Der Code-Wert ist in der angegebenen Version der Codeliste nicht enthalten",
      "XÖV-Handbuch, Codelisten (Datentyp Code: code); genericode 1.0 Key/SimpleCodeList"},
     Stage::kCodelist,
     RuleFamily::kContent},
    {{std::string(kCodelistUnknownList.text()), Severity::kWarning,
      "The code list (listURI) or its version (listVersionID) is not among the loaded code lists",
      "Die Codeliste (listURI) oder ihre Version (listVersionID) ist nicht unter den geladenen "
      "Codelisten",
      "XÖV-Handbuch, Codelisten (Datentyp Code: listURI, listVersionID); genericode 1.0 "
      "Identification"},
     Stage::kCodelist,
     RuleFamily::kContent},
    {{std::string(kDocumentTypeAmbiguous.text()), Severity::kError,
      "The input matches more than one document type of the profile",
      "Die Eingabe passt zu mehr als einem Dokumenttyp des Profils", "konform profile manifest"},
     Stage::kMatch,
     RuleFamily::kEngine},
    {{std::string(kDocumentTypeUnmatched.text()), Severity::kError,
      "The input matches no document type of the profile",
      "Die Eingabe passt zu keinem Dokumenttyp des Profils", "konform profile manifest"},
     Stage::kMatch,
     RuleFamily::kEngine},
    {{std::string(kInputTooLarge.text()), Severity::kError,
      "The input exceeds the configured size limit",
      "Die Eingabe überschreitet die eingestellte Größengrenze", "konform limits"},
     Stage::kRead,
     RuleFamily::kEngine},
    {{std::string(kInputUnreadable.text()), Severity::kError, "The input could not be read",
      "Die Eingabe konnte nicht gelesen werden", "konform input handling"},
     Stage::kRead,
     RuleFamily::kEngine},
    {{std::string(kInternalError.text()), Severity::kError,
      "konform could not finish checking the input",
      "konform konnte die Prüfung der Eingabe nicht abschließen", "konform"},
     Stage::kInternal,
     RuleFamily::kEngine},
    {{std::string(kSchemaRootAmbiguous.text()), Severity::kError,
      "The input's root element is declared globally by more than one schema given with --schema",
      "Das Wurzelelement der Eingabe ist in mehr als einem mit --schema angegebenen Schema global "
      "deklariert",
      "konform ad-hoc mode (validate --schema, repeated)"},
     Stage::kMatch,
     RuleFamily::kEngine},
    {{std::string(kSchemaRootUnmatched.text()), Severity::kError,
      "The input's root element is declared globally by none of the schemas given with --schema",
      "Das Wurzelelement der Eingabe ist in keinem der mit --schema angegebenen Schemas global "
      "deklariert",
      "konform ad-hoc mode (validate --schema, repeated)"},
     Stage::kMatch,
     RuleFamily::kEngine},
    {{std::string(kSchematronBudgetExceeded.text()), Severity::kError,
      "The Schematron rules used up the input's XPath evaluation budget (steps or time); the rest "
      "of the input was not checked",
      "Die Schematron-Regeln haben das XPath-Auswertungsbudget der Eingabe (Schritte oder Zeit) "
      "aufgebraucht; der Rest der Eingabe wurde nicht geprüft",
      "konform limits (--max-xpath-steps, --max-xpath-time)"},
     Stage::kSchematron,
     RuleFamily::kEngine},
    {{std::string(kSchematronEvaluationError.text()), Severity::kError,
      "A Schematron rule could not be evaluated on the input (dynamic XPath error)",
      "Eine Schematron-Regel konnte auf der Eingabe nicht ausgewertet werden "
      "(XPath-Laufzeitfehler)",
      "ISO/IEC 19757-3:2016; XPath 2.0 §2.3.1 dynamic errors"},
     Stage::kSchematron,
     RuleFamily::kEngine},
    {{std::string(kServicedefSampleMissing.text()), Severity::kError,
      "A message sample the service definition names cannot be found in its folder",
      "Ein Nachrichtenbeispiel, das die Leistungsbeschreibung nennt, fehlt in ihrem Ordner",
      "konform service definition 1 (xsd/service-definition.md, samples)"},
     Stage::kCrosscheck,
     RuleFamily::kContent},
    {{std::string(kServicedefSampleUndeclared.text()), Severity::kError,
      "A message sample matches no standard and version the service definition declares",
      "Ein Nachrichtenbeispiel passt zu keinem Standard und keiner Version, die die "
      "Leistungsbeschreibung angibt",
      "konform service definition 1 (xsd/service-definition.md, interfaces and samples)"},
     Stage::kCrosscheck,
     RuleFamily::kContent},
    {{std::string(kServicedefStandardNotAllowed.text()), Severity::kError,
      "The service definition declares a message standard or version the profile chain does not "
      "allow at the validation date",
      "Die Leistungsbeschreibung gibt einen Nachrichtenstandard oder eine Version an, die die "
      "Profilkette zum Prüfdatum nicht zulässt",
      "profile manifest <standard> and documentType/standard (xsd/profile-1.xsd)"},
     Stage::kCrosscheck,
     RuleFamily::kContent},
    {{std::string(kServicedefUnknownKey.text()), Severity::kError,
      "The service definition uses a key that its format (konform service definition 1, "
      "publiccode.yml) does not define",
      "Die Leistungsbeschreibung verwendet einen Schlüssel, den ihr Format (konform-"
      "Leistungsbeschreibung 1, publiccode.yml) nicht kennt",
      "xsd/service-definition-1.xsd; publiccode.yml standard (unknown keys are errors, as in "
      "publiccode-parser-go)"},
     Stage::kYaml,
     RuleFamily::kContent},
    {{std::string(kWaiverExpired.text()), Severity::kWarning,
      "A waiver for this finding has expired; the finding counts again",
      "Eine Ausnahme für diesen Befund ist abgelaufen; der Befund zählt wieder",
      "konform waiver file (konform-waivers.xml)"},
     Stage::kWaive,
     RuleFamily::kEngine},
    {{std::string(kXmlDoctypeForbidden.text()), Severity::kError,
      "Messages must not carry a document type declaration",
      "Nachrichten dürfen keine Dokumenttyp-Deklaration enthalten",
      "XML 1.0 §2.8; XÖV messages are defined by XML Schema only"},
     Stage::kWellformed,
     RuleFamily::kEngine},
    {{std::string(kXmlExternalReferenceBlocked.text()), Severity::kError,
      "A reference to an external resource was refused",
      "Ein Verweis auf eine externe Ressource wurde abgewiesen", "konform security policy"},
     Stage::kWellformed,
     RuleFamily::kEngine},
    {{std::string(kXmlLimitExceeded.text()), Severity::kError,
      "The input exceeds a safety limit (entity expansion, nesting, size)",
      "Die Eingabe überschreitet eine Sicherheitsgrenze (Entitäten, Verschachtelung, Größe)",
      "konform security policy"},
     Stage::kWellformed,
     RuleFamily::kEngine},
    {{std::string(kXmlWellformed.text()), Severity::kError, "The input must be well-formed XML 1.0",
      "Die Eingabe muss wohlgeformtes XML 1.0 sein", "XML 1.0 (Fifth Edition) §2.1"},
     Stage::kWellformed,
     RuleFamily::kContent},
    {{std::string(kXsdValid.text()), Severity::kError,
      "The message must be valid against the document type's XML Schema",
      "Die Nachricht muss gegen das XML-Schema des Dokumenttyps gültig sein",
      "XML Schema 1.0 Part 1 §5 (schema-validity assessment)"},
     Stage::kXsd,
     RuleFamily::kContent},
    {{std::string(kYamlWellformed.text()), Severity::kError,
      "The service definition is not readable YAML, or uses what konform refuses (aliases, "
      "duplicate keys, several documents)",
      "Die Leistungsbeschreibung ist kein lesbares YAML oder nutzt, was konform ablehnt (Aliase, "
      "doppelte Schlüssel, mehrere Dokumente)",
      "YAML 1.2.2; konform service definition 1 (xsd/service-definition.md)"},
     Stage::kYaml,
     RuleFamily::kContent},
}};

}  // namespace

std::span<const BuiltinRule> builtin_rules() { return kRules; }

const BuiltinRule* find_builtin_rule(std::string_view id) {
  auto it = std::lower_bound(
      kRules.begin(), kRules.end(), id,
      [](const BuiltinRule& rule, std::string_view key) { return rule.info.id < key; });
  return it != kRules.end() && it->info.id == id ? &*it : nullptr;
}

const RuleInfo& builtin_rule(RuleId id) {
  const BuiltinRule* rule = find_builtin_rule(id.text());
  if (rule == nullptr) std::abort();  // a constant without an entry is a bug (rule_ids_test)
  return rule->info;
}

std::optional<Stage> stage_of(std::string_view id) {
  const BuiltinRule* rule = find_builtin_rule(id);
  return rule ? std::optional<Stage>(rule->stage) : std::nullopt;
}

bool is_engine_rule(std::string_view id) {
  const BuiltinRule* rule = find_builtin_rule(id);
  return rule && rule->family == RuleFamily::kEngine;
}

bool tracks_context(std::string_view id) {
  const BuiltinRule* rule = find_builtin_rule(id);
  return rule && (is(rule->info, kXmlWellformed) || rule->stage == Stage::kCodelist);
}

}  // namespace konform::rules
