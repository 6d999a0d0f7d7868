// Privacy (issue #9, item 6): messages carry personal data, so findings quote at most a short
// excerpt of a message's own text (--max-excerpt, default 40 code points, cut with "…") and none
// with --no-excerpts — in every report format and on standard error (--explain), wherever the
// text enters a finding: Xerces' datatype messages, code-list findings, Schematron value-of.
// Public values (issue #18, item 5) are quoted whole under either option: a code that is not in
// its list is the evidence of the finding, not personal data.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

/// A 200-character "personal" value: ASCII letters in no pattern, so that any eight of them in a
/// row can only come from the message.
std::string personal_value() {
  std::string value;
  std::uint32_t state = 20261127;
  while (value.size() < 200) {
    state = state * 1103515245u + 12345u;
    value += static_cast<char>('A' + (state >> 16) % 26 + ((state >> 8) % 2 ? 32 : 0));
  }
  return value;
}

/// A code as long as XSchule's (a URI) that the example's legal-form list does not hold.
const std::string kLongCode =
    "https://xschule.digital/def/xschule/0.5/code/rechtsform/eingetragene-genossenschaft";

/// The example message with the value in places whose findings quote it: an integer, a date
/// (XSD and a Schematron value-of), the name of a code (code list), a fixed attribute, a
/// patterned identifier and the message type (Schematron value-of); its code is kLongCode.
std::string message_carrying(const std::string& value) {
  std::string text = conformant_message();
  auto put = [&](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks " << from);
    text.replace(at, from.size(), to);
  };
  put("<xdg:beschaeftigte>12<", "<xdg:beschaeftigte>" + value + "<");
  put("<xdg:beginn>2026-12-01<", "<xdg:beginn>" + value + "<");
  put("<code>KG</code>", "<code>" + kLongCode + "</code><name>" + value + "</name>");
  put("standard=\"XDemo Gewerbe\"", "standard=\"" + value + "\"");
  put("<xdb:kennung>ags:14612000<", "<xdb:kennung>" + value + "<");
  put("<xdb:nachrichtentyp>gewerbe.anmeldung.0100<", "<xdb:nachrichtentyp>" + value + "<");
  return text;
}

/// Length of the longest run of `value` that occurs in `text`.
std::size_t longest_quote(const std::string& text, const std::string& value) {
  std::size_t longest = 0;
  for (std::size_t from = 0; from + longest < value.size(); ++from) {
    while (from + longest < value.size() &&
           text.find(value.substr(from, longest + 1)) != std::string::npos)
      ++longest;
  }
  return longest;
}

struct Outputs {
  RunResult run;
  std::map<std::string, std::string> reports;  // format -> text
};

Outputs run_all_formats(const fs::path& dir, const fs::path& message,
                        const std::vector<std::string>& extra) {
  std::vector<std::string> arguments{"validate", "--profile", example_profile().string(),
                                     "--explain"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  const std::vector<std::string> formats{"json", "text", "sarif", "html", "xml", "junit"};
  for (const auto& format : formats) {
    arguments.insert(arguments.end(),
                     {"--format", format, "--output", (dir / ("report." + format)).string()});
  }
  arguments.push_back(message.string());
  Outputs outputs{konform_run(arguments), {}};
  for (const auto& format : formats)
    outputs.reports[format] = read_text(dir / ("report." + format));
  return outputs;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(privacy)

BOOST_AUTO_TEST_CASE(findings_quote_at_most_40_characters_of_a_long_personal_value) {
  const fs::path dir = output_dir("security/privacy-default");
  const std::string value = personal_value();
  write_text(dir / "personal.xml", message_carrying(value));
  const Outputs outputs = run_all_formats(dir, dir / "personal.xml", {});
  BOOST_TEST((outputs.run.exit_code == 1 || outputs.run.exit_code == 3), describe(outputs.run));
  auto report = parse_report(outputs.reports.at("json"));
  auto entry = input_entry(report, "personal.xml");
  BOOST_TEST_REQUIRE(entry.is_object());
  int quoting = 0;
  for (const auto& finding : entry["findings"]) {
    const std::string message = finding.value("message", "");
    const std::size_t quoted = longest_quote(message, value);
    BOOST_TEST(quoted <= 39u, finding.value("ruleId", "")
                                  << " quotes " << quoted << " characters: " << message);
    if (message.find(value.substr(0, 39) + "\xE2\x80\xA6") != std::string::npos) ++quoting;
  }
  // The excerpts are there: the XSD, code-list and Schematron findings each quote the start.
  BOOST_TEST(quoting >= 4, "findings quoting an excerpt: " << quoting << "; " << rule_ids(entry));
  // The code is public: its finding quotes it whole.
  BOOST_TEST(outputs.reports.at("json").find("code '" + kLongCode + "' is not in code list") !=
                 std::string::npos,
             rule_ids(entry));
  for (const auto& [format, text] : outputs.reports)
    BOOST_TEST(longest_quote(text, value) <= 39u, format);
  BOOST_TEST(longest_quote(outputs.run.err, value) <= 39u, outputs.run.err);
}

BOOST_AUTO_TEST_CASE(max_excerpt_sets_the_length) {
  const fs::path dir = output_dir("security/privacy-max-excerpt");
  const std::string value = personal_value();
  write_text(dir / "personal.xml", message_carrying(value));
  RunResult result = validate_json({"--max-excerpt", "10", (dir / "personal.xml").string()});
  BOOST_TEST(longest_quote(result.out, value) == 9u);
  BOOST_TEST(result.out.find(value.substr(0, 9) + "\xE2\x80\xA6") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(no_excerpts_quotes_none_of_the_value_in_any_format_or_log) {
  const fs::path dir = output_dir("security/privacy-none");
  const std::string value = personal_value();
  write_text(dir / "personal.xml", message_carrying(value));
  const Outputs outputs = run_all_formats(dir, dir / "personal.xml", {"--no-excerpts"});
  BOOST_TEST((outputs.run.exit_code == 1 || outputs.run.exit_code == 3), describe(outputs.run));
  // Eight letters in a row could only come from the value; a few may match by chance.
  for (const auto& [format, text] : outputs.reports)
    BOOST_TEST(longest_quote(text, value) < 6u, format << ": " << longest_quote(text, value));
  BOOST_TEST(longest_quote(outputs.run.out, value) < 6u, outputs.run.out);
  BOOST_TEST(longest_quote(outputs.run.err, value) < 6u, outputs.run.err);
  auto report = parse_report(outputs.reports.at("json"));
  auto entry = input_entry(report, "personal.xml");
  BOOST_TEST_REQUIRE(entry.is_object());
  // The findings are still all there, with "…" where the value was.
  BOOST_TEST(has_located_finding(entry, "xsd-valid"), rule_ids(entry));
  BOOST_TEST(has_located_finding(entry, "codelist-unknown-code"), rule_ids(entry));
  BOOST_TEST(outputs.reports.at("json").find("'\xE2\x80\xA6'") != std::string::npos);
  // Public values stay whole: the code that is not in its list, in every format.
  for (const auto& [format, text] : outputs.reports)
    BOOST_TEST(text.find(kLongCode) != std::string::npos, format);
}

BOOST_AUTO_TEST_CASE(max_excerpt_and_no_excerpts_exclude_each_other) {
  RunResult result = konform_run(
      {"validate", "--profile", example_profile().string(), "--no-excerpts", "--max-excerpt", "5",
       (example_profile() / "tests/gewerbe-anmeldung-konform.xml").string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
}

BOOST_AUTO_TEST_SUITE_END()
