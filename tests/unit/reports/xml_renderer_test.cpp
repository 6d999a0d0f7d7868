// The xml format: valid against xsd/report-1.xsd for the awkward, an empty and a hostile report
// (checked with xmllint; a missing xmllint fails the test), the schema rejects broken documents,
// and the content round-trips: xmllint reads back exactly the texts the report holds.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "reports/formats.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/awkward_report.h"
#include "tests/unit/reports/external_tool.h"

namespace konform::reports {
namespace {

namespace fs = std::filesystem;

std::string xml_text(const Report& report) {
  std::ostringstream out;
  render_xml(report, {}, out);
  return out.str();
}

fs::path write_xml_file(const fs::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

fs::path report_xsd() { return test::source_dir() / "xsd" / "report-1.xsd"; }

// Evaluates an XPath 1.0 expression on `file` with xmllint and returns the result as text.
std::string xpath(const fs::path& file, const std::string& expression) {
  const auto result =
      test::run_tool("/usr/bin/xmllint", {"--noout", "--xpath", expression, file.string()},
                     fs::path(file).concat(".xpath.log"));
  BOOST_TEST(result.exit_code == 0, expression << ": " << result.output);
  std::string value = result.output;
  // xmllint ends every result with a line break of its own.
  if (!value.empty() && value.back() == '\n') value.pop_back();
  return value;
}

BOOST_AUTO_TEST_SUITE(xml_renderer)

BOOST_AUTO_TEST_CASE(output_matches_report_xsd) {
  const fs::path dir = test::output_dir("reports-xml-schema");
  for (const auto& [name, report] :
       {std::pair{"awkward", test::awkward_report()}, std::pair{"empty", test::empty_report()},
        std::pair{"hostile", test::hostile_report()}}) {
    const fs::path file = write_xml_file(dir / (std::string(name) + ".xml"), xml_text(report));
    const auto result = test::validate_xml(report_xsd(), file);
    BOOST_TEST(result.exit_code == 0, name << ": " << result.output);
    BOOST_TEST(result.output.find("validates") != std::string::npos, result.output);
  }
}

BOOST_AUTO_TEST_CASE(report_xsd_rejects_broken_documents) {
  const fs::path dir = test::output_dir("reports-xml-schema-negative");
  std::string valid = xml_text(test::empty_report());
  const auto broken = [&](std::string_view from, std::string_view to) {
    std::string text = valid;
    const std::size_t pos = text.find(from);
    BOOST_REQUIRE(pos != std::string::npos);
    return text.replace(pos, from.size(), to);
  };
  const std::pair<std::string, std::string> cases[] = {
      {"bad-verdict", broken("<verdict>incomplete<", "<verdict>fine<")},
      {"unknown-element", broken("<rules/>", "<rules/><surprise/>")},
      {"missing-summary", broken("<summary", "<summaryx")},
      {"wrong-namespace", broken("urn:konform:report:1", "urn:konform:report:2")},
      {"negative-count", broken("errors=\"0\"", "errors=\"-1\"")},
  };
  for (const auto& [name, text] : cases) {
    const fs::path file = write_xml_file(dir / (name + ".xml"), text);
    const auto result = test::validate_xml(report_xsd(), file);
    BOOST_TEST(result.exit_code != 0, name << " was accepted");
    BOOST_TEST(result.output.find("fails to validate") != std::string::npos,
               name << ": " << result.output);
  }
}

BOOST_AUTO_TEST_CASE(texts_round_trip_through_an_xml_parser) {
  const Report report = test::awkward_report();
  const fs::path file =
      write_xml_file(test::output_dir("reports-xml-roundtrip") / "awkward.xml", xml_text(report));
  BOOST_TEST(xpath(file, "string(/*[local-name()='report']/*[local-name()='verdict'])") ==
             "incomplete");
  BOOST_TEST(xpath(file, "count(//*[local-name()='finding'])") == "6");
  // One finding's German message and the notice's.
  BOOST_TEST(xpath(file, "count(//*[local-name()='messageDe'])") == "2");
  BOOST_TEST(xpath(file, "count(//*[local-name()='waiver'])") == "1");
  BOOST_TEST(xpath(file, "string(//*[local-name()='waiver']/@author)") == "J\u00fcrgen O'Neil");
  const InputResult& invoice = report.inputs.front();
  BOOST_TEST(xpath(file, "string(//*[local-name()='input'][1]/@path)") == invoice.path);
  for (std::size_t i = 0; i < invoice.findings.size(); ++i) {
    const Finding& finding = invoice.findings[i];
    const std::string node =
        "//*[local-name()='input'][1]//*[local-name()='finding'][" + std::to_string(i + 1) + "]";
    BOOST_TEST_CONTEXT("finding " << finding.rule_id) {
      BOOST_TEST(xpath(file, "string(" + node + "/@ruleId)") == finding.rule_id);
      BOOST_TEST(xpath(file, "string(" + node + "/*[local-name()='message'])") == finding.message);
      BOOST_TEST(xpath(file, "string(" + node + "/*[local-name()='messageDe'])") ==
                 finding.message_de);
      BOOST_TEST(xpath(file, "string(" + node + "/*[local-name()='location']/@xpath)") ==
                 finding.location.xpath);
      BOOST_TEST(xpath(file, "string(" + node + "/*[local-name()='origin']/@profile)") ==
                 finding.origin.profile);
      BOOST_TEST(xpath(file, "string(" + node + "/*[local-name()='source'])") == finding.source);
    }
  }
  BOOST_TEST(xpath(file, "string(//*[local-name()='rule'][1]/*[local-name()='title'])") ==
             report.rules.front().title);
  BOOST_TEST(xpath(file, "string(//*[local-name()='profile'][2]/@id)") == report.profiles[1].id);
}

BOOST_AUTO_TEST_CASE(publisher_appears_only_when_set_and_validates) {
  Report report = test::awkward_report();
  BOOST_TEST(xml_text(report).find("publisher=") == std::string::npos);
  report.profiles.back().publisher = "Stadt M\u00fcnster & Co";
  const std::string xml = xml_text(report);
  BOOST_TEST(xml.find("level=\"local\" sha256=\"60303ae22b998861bce3b28f33eec1be758a213c86c93c07"
                      "6dbe9f558c11c752\" publisher=\"Stadt M\u00fcnster &amp; Co\"/>") !=
                 std::string::npos,
             xml);
  const fs::path file =
      write_xml_file(test::output_dir("reports-xml-publisher") / "publisher.xml", xml);
  const auto result = test::validate_xml(report_xsd(), file);
  BOOST_TEST(result.exit_code == 0, result.output);
}

BOOST_AUTO_TEST_CASE(as_of_appears_only_when_set) {
  Report report = test::empty_report();
  BOOST_TEST(xml_text(report).find("<asOf>") == std::string::npos);
  report.as_of = "2026-01-31";
  const std::string xml = xml_text(report);
  BOOST_TEST(
      xml.find("  <summary inputs=\"0\" errors=\"0\" warnings=\"0\" infos=\"0\" waived=\"0\"/>\n"
               "  <asOf>2026-01-31</asOf>\n  <rules/>\n") != std::string::npos,
      xml);
}

BOOST_AUTO_TEST_CASE(stage_times_are_plain_non_negative_numbers) {
  Report report;
  InputResult input;
  input.path = "a.xml";
  input.stages = {{"parse", StageStatus::kPassed, 1.5},
                  {"xsd", StageStatus::kPassed, -3},
                  {"schematron", StageStatus::kPassed, 30}};
  report.inputs.push_back(input);
  finish(report);
  const std::string xml = xml_text(report);
  BOOST_TEST(xml.find("name=\"parse\" status=\"passed\" ms=\"1.5\"") != std::string::npos, xml);
  BOOST_TEST(xml.find("name=\"xsd\" status=\"passed\" ms=\"0\"") != std::string::npos, xml);
  BOOST_TEST(xml.find("name=\"schematron\" status=\"passed\" ms=\"30\"") != std::string::npos, xml);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
