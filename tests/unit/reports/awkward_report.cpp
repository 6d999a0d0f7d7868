#include "tests/unit/reports/awkward_report.h"

#include <string>

namespace konform::test {
namespace {

Origin xrechnung() { return {"xrechnung-ubl", "3.0.2", "base"}; }

Finding finding(std::string rule_id, Severity severity, std::string message, Location location) {
  Finding f;
  f.rule_id = std::move(rule_id);
  f.severity = severity;
  f.message = std::move(message);
  f.location = std::move(location);
  f.origin = xrechnung();
  return f;
}

InputResult invoice_with_findings() {
  InputResult input;
  input.path = "in/Rechnung M\u00fcller & S\u00f6hne.xml";
  input.document_type = "xrechnung-ubl-invoice";
  input.stages = {{"parse", StageStatus::kPassed, 1.5},
                  {"xsd", StageStatus::kFailed, 12.25},
                  {"schematron", StageStatus::kFailed, 30}};

  Finding multi_line = finding("xsd-valid", Severity::kError,
                               "Element '{urn:x}c' is not expected.\n"
                               "Expected is one of ( {urn:x}a, {urn:x}b ).",
                               {12, 7, "/Q{urn:x}a[1]/@b"});
  multi_line.source = "XML Schema 1.1 Part 1 \u00a73.4.4";

  Finding german = finding("br-de-01", Severity::kError,
                           "Seller name \"M\u00fcller & S\u00f6hne\" isn't <valid>: 'Stra\u00dfe' "
                           "is missing",
                           {3, 0,
                            "/Q{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}"
                            "Invoice[1]"});
  german.message_de =
      "Verk\u00e4ufername \u201eM\u00fcller & S\u00f6hne\u201c ist ung\u00fcltig: "
      "\u201aStra\u00dfe\u2018 fehlt";
  german.source = "XRechnung 3.0.2, BR-DE-1";
  german.properties = {
      {"schematron.kind", "assert"},
      {"schematron.schema", "XRechnung-UBL-validation.sch"},
      {"schematron.pattern", "ubl-pattern"},
      {"schematron.context", "/ubl:Invoice"},
      {"schematron.test", "string-length(cbc:Name) > 0 and not(contains(., '<&>'))"},
      {"schematron.flag", "fatal"}};

  Finding percent = finding("codelist-value", Severity::kWarning,
                            "Value '100%' of currencyID, unit: not in list "
                            "urn:xoev-de:kosit:codeliste:currency,2",
                            {20, 15, "/Q{urn:x}a[1]/Q{urn:x}amount[2]/@currencyID"});
  percent.source = "codes/currency.xml";

  Finding whole_file = finding("style-hint", Severity::kInfo,
                               "File starts with a byte order mark; \u00e4 \u00f6 \u00fc \u00df "
                               "are fine without one",
                               {0, 0, ""});
  whole_file.source = "konform style guide";

  // Waived: shown as waived everywhere, counted nowhere; the waiver's text is awkward too.
  // A Schematron finding, so SVRL shows it too (as a failed assert with a note).
  Finding waived = finding("br-de-01", Severity::kError, "Seller city is missing",
                           {30, 5, "/Q{urn:x}a[1]/Q{urn:x}d[1]"});
  waived.source = "XRechnung 3.0.2, BR-DE-1";
  waived.properties = {{"schematron.kind", "assert"},
                       {"schematron.schema", "XRechnung-UBL-validation.sch"},
                       {"schematron.pattern", "ubl-pattern"},
                       {"schematron.context", "/ubl:Invoice/cac:AccountingSupplierParty"},
                       {"schematron.test", "cbc:CityName"},
                       {"schematron.flag", "fatal"}};
  waived.waiver = Waiver{"Vendor <fix> & \"release\" 4.2 \u2014 bis dahin geduldet",
                         "J\u00fcrgen O'Neil", "2026-12-31"};

  // Deliberately out of report order: finish() sorts them.
  input.findings = {percent, multi_line, whole_file, waived, german};
  return input;
}

InputResult clean_input() {
  InputResult input;
  input.path = "in/clean.xml";
  input.document_type = "xrechnung-ubl-invoice";
  input.stages = {{"parse", StageStatus::kPassed, 0.5},
                  {"xsd", StageStatus::kPassed, 2},
                  {"schematron", StageStatus::kPassed, 4.75}};
  return input;
}

InputResult incomplete_input() {
  InputResult input;
  input.path = "in/deep.xml";
  input.stages = {{"parse", StageStatus::kAborted, 8},
                  {"xsd", StageStatus::kSkipped, 0},
                  {"schematron", StageStatus::kSkipped, 0}};
  Finding limit =
      finding("xml-limit-exceeded", Severity::kError,
              "Element nesting deeper than 256 levels; checking stopped", {4097, 3, ""});
  limit.origin = {};  // built-in rule: no profile behind it
  limit.source = "konform security limits";
  input.findings = {limit};
  return input;
}

std::vector<RuleInfo> rules() {
  return {
      {"br-de-01", Severity::kError, "Seller name & address <must> be \"valid\"",
       "Verk\u00e4ufername und -anschrift m\u00fcssen \u201egültig\u201c sein",
       "XRechnung 3.0.2, BR-DE-1"},
      {"codelist-value", Severity::kWarning, "Value is in the bound code list",
       "Wert steht in der gebundenen Codeliste", "codes/currency.xml"},
      {"never-fired", Severity::kError, "A rule that found nothing", "Eine Regel ohne Befund",
       "konform tests"},
      {"style-hint", Severity::kInfo, "Stylistic hint", "Stilhinweis", "konform style guide"},
      {"xml-limit-exceeded", Severity::kError, "Input stays within the parser limits",
       "Eingabe h\u00e4lt die Parser-Grenzen ein", "konform security limits"},
      {"xsd-valid", Severity::kError, "Input is valid against the document type's XSD",
       "Eingabe ist g\u00fcltig gegen das XSD des Dokumenttyps", "XML Schema 1.1 Part 1"},
  };
}

}  // namespace

Report awkward_report() {
  Report report;
  report.tool_name = "konform";
  report.tool_version = "0.1.0";  // fixed, not kVersion: goldens must not change on a release
  report.profiles = {
      {"xrechnung-ubl", "3.0.2", "base",
       "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", ""},
      {"kommune-m\u00fcnster", "1.0", "local",
       "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", ""},
  };
  report.rules = rules();
  report.inputs = {invoice_with_findings(), clean_input(), incomplete_input()};
  report.lock = "konform.lock";
  report.waivers = "konform-waivers.xml";
  report.notices = {
      {"waiver-unused",
       "waiver konform-waivers.xml:7 (rule br-de-01, input in/<alt>/*.xml) matched no "
       "finding; remove it if the problem is fixed",
       "Ausnahme konform-waivers.xml:7 (Regel br-de-01, Eingabe in/<alt>/*.xml) traf "
       "auf keinen Befund zu; entfernen, wenn das Problem behoben ist"}};
  finish(report);
  return report;
}

Report empty_report() {
  Report report;
  report.tool_version = "0.1.0";
  finish(report);
  return report;
}

// Bytes no machine format may carry verbatim (invalid UTF-8, control characters, a non-character,
// markup, CR LF): every renderer must still produce a valid document.
Report hostile_report() {
  using namespace std::string_literals;
  Report report;
  report.tool_version = "0.1.0";
  report.as_of = "2026-11-26";
  report.rules = {{"r\x01", Severity::kWarning, "t\xff", "\xc3", "s\x1b[0m"}};
  InputResult input;
  input.path = "bad\xfe name\x7f\n\"x\".xml";
  input.stages = {{"parse\x02", StageStatus::kAborted, -1}};
  Finding finding;
  finding.rule_id = "r\x01";
  finding.severity = Severity::kError;
  finding.message = "nul "s + '\0' + " \xef\xbf\xbe ]]> <!-- \xed\xa0\x80 \r\n";
  finding.message_de = "\xc3\x28";
  finding.location = {1, 2, "/\x03"};
  input.findings.push_back(finding);
  Finding waived = finding;
  waived.waiver = Waiver{"r\x01 ]]> \xff", "\x1b[0m", "2026-12-31"};
  input.findings.push_back(waived);
  report.inputs.push_back(input);
  report.notices = {{"c\x02", "n\xfe <]]>", "\xc3"}};
  finish(report);
  return report;
}

}  // namespace konform::test
