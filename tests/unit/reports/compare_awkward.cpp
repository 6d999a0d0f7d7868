#include "tests/unit/reports/compare_awkward.h"

namespace konform::test {
namespace {

CompareCell cell(CellState state, int findings = 0, Severity severity = Severity::kInfo,
                 int waived = 0) {
  return CompareCell{state, findings, waived, severity, {}};
}

/// Two findings: one with a German message and a place, one in English only without a line.
CompareCell failed_xsd_cell() {
  CompareCell failed = cell(CellState::kFail, 2, Severity::kError);
  failed.details = {
      {"b\"quote'/a&b.xml", Location{12, 7, ""}, Severity::kError,
       "Element <beginn>: '2026-13-01' is not a valid date",
       "Element <beginn>: '2026-13-01' ist "
       "kein g\u00fcltiges Datum"},
      {"b\"quote'/a&b.xml", Location{}, Severity::kError, "Missing element 'leser' & more", ""},
  };
  return failed;
}

}  // namespace

CompareMatrix awkward_compare_matrix() {
  CompareMatrix matrix;
  matrix.tool_version = "0.1.0-test";
  matrix.as_of = "2026-11-01";
  matrix.profiles = {
      {"de.bund", "1.0.0", "federal", "aa11", "Bund (Beispiel)"},
      {"de.sn", "1.2.0", "state", "bb22", ""},
      {"de.sn.m\u00fcster<&>", "1.0.0", "municipal", "cc33", "Stadt \"M\u00fcsterstadt\" & Co"},
  };

  CompareCandidate first;
  first.name = "M\u00fcller & S\u00f6hne <GmbH>";
  first.path = "kandidaten/M\u00fcller & S\u00f6hne <GmbH>";
  first.product_name = "Gewerbe \"Online\" 'Plus' \u2013 \u00c4mter";
  first.verdict = Verdict::kConformant;
  first.totals = Summary{2, 0, 0, 0, 1};
  first.inputs = {{"kandidaten/M\u00fcller & S\u00f6hne <GmbH>/konform-service.yml",
                   "service-definition", Verdict::kConformant},
                  {"kandidaten/M\u00fcller & S\u00f6hne <GmbH>/anmeldung.xml",
                   "xdemo.gewerbe.anmeldung.0100", Verdict::kConformant}};

  CompareCandidate second;
  second.name = "b\"quote'";
  second.path = "b\"quote'/";
  second.verdict = Verdict::kNotConformant;
  second.totals = Summary{2, 3, 1, 2, 0};
  second.inputs = {{"b\"quote'/konform-service.yml", "service-definition", Verdict::kNotConformant},
                   {"b\"quote'/a&b.xml", "xdemo.gewerbe.anmeldung.0100", Verdict::kNotConformant}};

  CompareCandidate third;
  third.name = "ohne-beispiel";
  third.path = "ohne-beispiel";
  third.product_name = "Stra\u00dfenverkehr <Test>";
  third.verdict = Verdict::kIncomplete;
  third.totals = Summary{2, 0, 0, 0, 0};
  third.inputs = {{"ohne-beispiel/konform-service.yml", "service-definition", Verdict::kConformant},
                  {"ohne-beispiel/kaputt.xml", "", Verdict::kIncomplete}};
  matrix.candidates = {first, second, third};
  matrix.verdict = overall_verdict(matrix.candidates);

  matrix.rows = {
      {"xsd-valid",
       "The message must be valid against the document type's XML Schema",
       "Die Nachricht muss gegen das XML-Schema des Dokumenttyps g\u00fcltig sein",
       Severity::kError,
       RuleLevel::kFormat,
       "",
       "xsd",
       false,
       {cell(CellState::kPass), failed_xsd_cell(), cell(CellState::kIncomplete)}},
      {"input-too-large",
       "The input exceeds the configured size limit",
       "Die Eingabe \u00fcberschreitet die eingestellte Gr\u00f6\u00dfengrenze",
       Severity::kError,
       RuleLevel::kFormat,
       "",
       "input",
       true,
       {cell(CellState::kPass), cell(CellState::kPass), cell(CellState::kIncomplete)}},
      {"xml-limit-exceeded",
       "The input exceeds a safety limit",
       "Die Eingabe \u00fcberschreitet eine Sicherheitsgrenze",
       Severity::kError,
       RuleLevel::kFormat,
       "",
       "xml",
       true,
       {cell(CellState::kPass), cell(CellState::kPass),
        cell(CellState::kFail, 1, Severity::kError)}},
      {"FED-OZG-002",
       "Services must name their <leikaKey> & \"ozgId\"",
       "Leistungen m\u00fcssen <leikaKey> & \u201eozgId\u201c angeben",
       Severity::kError,
       RuleLevel::kFederal,
       "de.bund",
       "OZG",
       false,
       {cell(CellState::kWaived, 0, Severity::kInfo, 1),
        cell(CellState::kFail, 1, Severity::kWarning), cell(CellState::kNotApplicable)}},
      {"SN-EGOV-001",
       "Linked in Amt24 (portal.amt24Linked: true)",
       "",
       Severity::kError,
       RuleLevel::kState,
       "de.sn",
       "EGOV",
       false,
       {cell(CellState::kPass), cell(CellState::kFail, 2, Severity::kInfo),
        cell(CellState::kIncomplete)}},
      {"MUN-ORG-001",
       "Saxon Regionalschl\u00fcssel",
       "S\u00e4chsischer Regionalschl\u00fcssel (ars beginnt mit 14)",
       Severity::kError,
       RuleLevel::kMunicipal,
       "de.sn.m\u00fcster<&>",
       "ORG",
       false,
       {cell(CellState::kPass), cell(CellState::kFail, 1, Severity::kError, 1),
        cell(CellState::kIncomplete)}},
      {"x-\u00f6rtlich",
       "",
       "",
       Severity::kWarning,
       RuleLevel::kOther,
       "lokal",
       "x",
       false,
       {cell(CellState::kNotApplicable), cell(CellState::kNotApplicable),
        cell(CellState::kNotApplicable)}},
  };
  return matrix;
}

}  // namespace konform::test
