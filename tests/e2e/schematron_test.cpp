// The Schematron stage in the pipeline: every rule of the example profile's rule set with a good
// and a bad sample, the stage list, XSD failures not stopping Schematron, evaluation errors making
// an input incomplete, and broken rule sets being configuration errors.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

std::string good_sample() {
  std::ifstream in(source_dir() / "profiles/de/sn/musterstadt/tests/gewerbe-anmeldung-konform.xml");
  return {std::istreambuf_iterator<char>(in), {}};
}

struct Run {
  int exit_code;
  nlohmann::json input;  // the one input's report
};

Run validate(const std::string& message, std::vector<std::string> args = {}) {
  if (args.empty()) args = {"--profile", "de.sn.musterstadt"};
  args.insert(args.begin(), "validate");
  for (const char* extra : {"--as-of", "2026-11-26", "--format", "json", "-"})
    args.push_back(extra);
  auto r = run_konform(args, message);
  BOOST_REQUIRE_MESSAGE(!r.out.empty(), r.err);
  return {r.exit_code, nlohmann::json::parse(r.out)["inputs"][0]};
}

std::map<std::string, std::string> fired(const nlohmann::json& input) {
  std::map<std::string, std::string> out;  // rule id -> severity
  for (const auto& f : input["findings"]) out[f["ruleId"]] = f["severity"];
  return out;
}

std::string stage(const nlohmann::json& input, const std::string& name) {
  for (const auto& s : input["stages"]) {
    if (s["name"] == name) return s["status"];
  }
  return "missing";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(schematron_stage)

BOOST_AUTO_TEST_CASE(the_good_sample_fires_no_rule) {
  auto run = validate(good_sample());
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.input["findings"].empty());
  BOOST_TEST(stage(run.input, "schematron") == "passed");
}

BOOST_AUTO_TEST_CASE(each_rule_fires_on_its_bad_sample_with_its_severity) {
  const std::string good = good_sample();
  struct Case {
    std::string from, to, rule, severity;
  } cases[] = {
      {"<xdb:nachrichtentyp>gewerbe.anmeldung.0100<", "<xdb:nachrichtentyp>gewerbe.abmeldung.0300<",
       "xdemo-nachrichtentyp", "error"},
      {"<xdb:kennung>ags:14000000<", "<xdb:kennung>ags:14612000<", "xdemo-autor-ungleich-leser",
       "warning"},
      {"<xdg:beginn>2026-12-01<", "<xdg:beginn>2024-01-01<", "xdemo-beginn-nach-erstellung",
       "error"},
      {"<xdg:beschaeftigte>12<", "<xdg:beschaeftigte>250<", "xdemo-grossbetrieb", "info"},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.rule) {
      auto run = validate(replace_first(good, c.from, c.to));
      auto rules = fired(run.input);
      BOOST_TEST(rules.size() == 1u);
      BOOST_TEST(rules[c.rule] == c.severity);
      BOOST_TEST(run.exit_code == (c.severity == "error" ? 1 : 0));
      const auto& finding = run.input["findings"][0];
      BOOST_TEST(finding["location"]["line"].get<int>() > 0);
      BOOST_TEST(finding["location"]["xpath"].get<std::string>().starts_with("/Q{"));
      BOOST_TEST(finding["source"].get<std::string>().find("xdemo-gewerbe.sch") !=
                 std::string::npos);
      BOOST_TEST(finding["origin"]["profile"] == "de.sn.musterstadt");
    }
  }
}

BOOST_AUTO_TEST_CASE(schematron_runs_when_the_xsd_fails_and_stops_only_when_not_well_formed) {
  // An XSD error (unknown element) and a rule violation: both are reported.
  std::string message =
      replace_first(good_sample(), "<xdg:beginn>2026-12-01<", "<xdg:beginn>2024-01-01<");
  message = replace_first(message, "<xdg:beschaeftigte>", "<xdg:unbekannt/><xdg:beschaeftigte>");
  auto run = validate(message);
  auto rules = fired(run.input);
  BOOST_TEST(rules.count("xsd-valid") == 1u);
  BOOST_TEST(rules.count("xdemo-beginn-nach-erstellung") == 1u);
  BOOST_TEST(stage(run.input, "xsd") == "failed");
  BOOST_TEST(stage(run.input, "schematron") == "failed");

  auto broken = validate(good_sample().substr(0, 900));
  BOOST_TEST(stage(broken.input, "schematron") == "skipped");
  BOOST_TEST(broken.input["verdict"] == "not-conformant");
}

BOOST_AUTO_TEST_CASE(an_evaluation_error_makes_the_input_incomplete) {
  const fs::path dir = output_dir("e2e-schematron-error");
  std::ofstream(dir / "rules.sch")
      << "<schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xslt2'>"
         "<pattern><rule context='/*'><assert id='casts' test=\"xs:integer('twelve') gt 0\">x"
         "</assert></rule></pattern></schema>";
  auto run = validate("<a/>", {"--schematron", (dir / "rules.sch").string()});
  BOOST_TEST(run.exit_code == 3);
  BOOST_TEST(run.input["verdict"] == "incomplete");
  BOOST_TEST(fired(run.input).count("schematron-evaluation-error") == 1u);
  BOOST_TEST(stage(run.input, "schematron") == "aborted");
}

BOOST_AUTO_TEST_CASE(rules_see_the_document_s_attributes_not_the_schema_s_defaults) {
  // Saxon without schema awareness (the reference) sees only the attributes written in the
  // document; Xerces-C adds the schema's default and fixed values while it validates (CII's
  // listID made CEN's CII-DT-045 fire on every invoice).
  const fs::path dir = output_dir("e2e-schematron-defaults");
  std::ofstream(dir / "d.xsd")
      << "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:d'>"
         "<xs:element name='a'><xs:complexType>"
         "<xs:attribute name='fixed' type='xs:string' fixed='F'/>"
         "<xs:attribute name='default' type='xs:string' default='D'/>"
         "<xs:attribute name='given' type='xs:string'/>"
         "</xs:complexType></xs:element></xs:schema>";
  std::ofstream(dir / "rules.sch")
      << "<schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xslt2'>"
         "<ns prefix='d' uri='urn:d'/><pattern><rule context='/d:a'>"
         "<report id='fixed-seen' test='@fixed'>x</report>"
         "<report id='default-seen' test='@default'>x</report>"
         "<assert id='given-seen' test='@given = \"G\"'>x</assert>"
         "</rule></pattern></schema>";
  auto run = validate(
      "<a xmlns='urn:d' given='G'/>",
      {"--schema", (dir / "d.xsd").string(), "--schematron", (dir / "rules.sch").string()});
  BOOST_TEST(run.exit_code == 0, run.input.dump());
  BOOST_TEST(fired(run.input).empty(), run.input.dump());
  BOOST_TEST(stage(run.input, "schematron") == "passed");
  // Written in the document, the same attributes are seen.
  auto written = validate(
      "<a xmlns='urn:d' fixed='F' default='D' given='G'/>",
      {"--schema", (dir / "d.xsd").string(), "--schematron", (dir / "rules.sch").string()});
  BOOST_TEST(fired(written.input).count("fixed-seen") == 1u);
  BOOST_TEST(fired(written.input).count("default-seen") == 1u);
}

BOOST_AUTO_TEST_CASE(a_broken_rule_set_is_a_located_configuration_error) {
  const fs::path dir = output_dir("e2e-schematron-broken");
  std::ofstream(dir / "broken.sch")
      << "<schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xslt2'>\n"
         "<pattern><rule context='/*'>\n<assert "
         "test='count(('>x</assert></rule></pattern></schema>";
  auto r = run_konform({"validate", "--schematron", (dir / "broken.sch").string(), "-"}, "<a/>");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("broken.sch:3:") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("XPST0003") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(schematron_pipeline)

// The whole pipeline (hardened reader → XDM tree → Schematron → findings) against Saxon-HE +
// SchXslt's results in ../shared/corpus/reference, for every instance of the XRechnung UBL and
// CII rule sets, in one konform run each, with --jobs 2.
BOOST_AUTO_TEST_CASE(xrechnung_findings_equal_the_reference) {
  const fs::path corpus = corpus_dir();
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_schematron;
  std::map<std::string, std::multiset<std::pair<std::string, std::string>>> expected;
  for (const auto& entry : fs::recursive_directory_iterator(corpus / "reference")) {
    if (entry.path().extension() != ".json" || entry.path().parent_path() == corpus / "reference")
      continue;
    std::ifstream in(entry.path());
    auto reference = nlohmann::json::parse(in, nullptr, false);
    if (!reference.is_object() || !reference["error"].is_null()) continue;
    const std::string sch = reference["schematron"];
    if (sch.find("xrechnung") == std::string::npos) continue;
    const std::string instance = reference["instance"];
    by_schematron[sch].emplace_back(instance, (corpus / instance).string());
    auto& set = expected[(corpus / instance).string()];
    for (const auto& failed : reference["failed"]) {
      set.emplace(failed["id"].get<std::string>(), failed["location"].get<std::string>());
    }
  }
  BOOST_REQUIRE_EQUAL(by_schematron.size(), 2u);
  int agreeing = 0, total = 0;
  for (const auto& [sch, instances] : by_schematron) {
    std::vector<std::string> args{"validate",
                                  "--schematron",
                                  (corpus / sch).string(),
                                  "--schema-root",
                                  corpus.string(),
                                  "--jobs",
                                  "2",
                                  "--format",
                                  "json"};
    for (const auto& [name, path] : instances) args.push_back(path);
    auto r = run_konform(args);
    BOOST_REQUIRE_MESSAGE(!r.out.empty(), r.err);
    auto report = nlohmann::json::parse(r.out);
    for (const auto& input : report["inputs"]) {
      std::multiset<std::pair<std::string, std::string>> got;
      for (const auto& f : input["findings"]) {
        if (f.contains("properties")) {
          got.emplace(f["ruleId"].get<std::string>(), f["location"]["xpath"].get<std::string>());
        }
      }
      const std::string path = input["path"];
      ++total;
      const bool same = got == expected[path];
      agreeing += same;
      BOOST_TEST(same,
                 path << ": " << got.size() << " results, reference " << expected[path].size());
    }
  }
  BOOST_TEST_MESSAGE("XRechnung instances agreeing with Saxon-HE + SchXslt: " << agreeing << " of "
                                                                              << total);
  BOOST_TEST(total == 484);
}

BOOST_AUTO_TEST_CASE(svrl_lists_the_failed_asserts) {
  const std::string message =
      replace_first(good_sample(), "<xdg:beginn>2026-12-01<", "<xdg:beginn>2024-01-01<");
  auto r = run_konform({"validate", "--profile", "de.sn.musterstadt", "--as-of", "2026-11-26",
                        "--format", "svrl", "-"},
                       message);
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(r.out.find("<svrl:schematron-output") != std::string::npos);
  BOOST_TEST(
      r.out.find("<svrl:failed-assert id=\"xdemo-beginn-nach-erstellung\"") != std::string::npos,
      r.out);
  BOOST_TEST(r.out.find("<svrl:fired-rule context=\"xdg:gewerbe.anmeldung.0100/xdg:beginn\"/>") !=
             std::string::npos);
  const fs::path file = output_dir("e2e-svrl") / "report.svrl";
  std::ofstream(file) << r.out;
  auto wellformed = run_process({"/usr/bin/xmllint", "--noout", file.string()});
  BOOST_TEST(wellformed.exit_code == 0, wellformed.err);
}

BOOST_AUTO_TEST_SUITE_END()
