// What `konform validate` and `compare` need from the public API, as an embedder sees it (only
// <konform/konform.h>): inputs found from operands, the --explain trace, the --max-* limits,
// ad-hoc rules, waivers, --fail-on, each format's own language and colours.
#include <konform/konform.h>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"
#include "tests/unit/api/musterstadt_spec.h"

namespace api = konform::api;
namespace fs = std::filesystem;
using konform::test::musterstadt_spec;

namespace {

const fs::path& sample_folder() {
  static const fs::path folder = konform::test::source_dir() / "profiles/de/sn/musterstadt/tests";
  return folder;
}

const fs::path kGood = sample_folder() / "gewerbe-anmeldung-konform.xml";
const fs::path kFaulty = sample_folder() / "gewerbe-anmeldung-fehlerhaft.xml";

const std::shared_ptr<const api::CompiledChain>& musterstadt_chain() {
  static const auto built = api::CompiledChain::build(musterstadt_spec());
  return built;
}

api::Report validate_faulty(const api::ChainSpec& spec) {
  return api::CompiledChain::build(spec)->validate_inputs({{"antrag.xml", kFaulty, nullptr}});
}

/// Every finding message of `report`, one per line.
std::string finding_messages(const api::Report& report) {
  std::string out;
  for (const auto& finding : report.findings()) out += finding.message + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(public_api_for_the_command_line)

BOOST_AUTO_TEST_CASE(operands_become_inputs_and_an_empty_run_is_refused) {
  const auto inputs = api::find_inputs({sample_folder().string(), "-"});
  std::vector<std::string> names;
  for (const auto& input : inputs) names.push_back(input.display_name);
  // The folder's XML files sorted, then standard input (neither a file nor bytes).
  BOOST_TEST(std::is_sorted(names.begin(), names.end() - 1));
  BOOST_TEST((std::find(names.begin(), names.end(), kFaulty.string()) != names.end()));
  BOOST_TEST(inputs.back().file.empty());
  BOOST_TEST(!inputs.back().bytes);

  const fs::path empty = konform::test::output_dir("api-find-inputs-empty");
  try {
    (void)api::find_inputs({empty.string()});
    BOOST_FAIL("expected a ConfigurationError");
  } catch (const api::ConfigurationError& error) {
    BOOST_TEST(std::string(error.what()).find("no inputs found") != std::string::npos);
    BOOST_TEST(error.message_de().find("keine Eingaben") != std::string::npos);
  }
  BOOST_CHECK_THROW((void)api::find_inputs({(empty / "missing.xml").string()}),
                    api::ConfigurationError);
}

BOOST_AUTO_TEST_CASE(files_are_read_when_checked_and_explained_on_request) {
  std::vector<std::string> explanations;
  const api::Report report = musterstadt_chain()->validate_inputs(
      {{"good.xml", kGood, nullptr}, {"faulty.xml", kFaulty, nullptr}}, {2, &explanations});
  BOOST_TEST((report.verdict() == api::Verdict::kNotConformant));
  BOOST_TEST(report.findings().front().input == "faulty.xml");
  BOOST_REQUIRE(explanations.size() == 2u);
  BOOST_TEST(explanations[0].find("good.xml") != std::string::npos, explanations[0]);
  BOOST_TEST(explanations[1].find("faulty.xml") != std::string::npos, explanations[1]);
}

BOOST_AUTO_TEST_CASE(the_fail_on_threshold_counts_findings_no_waiver_covers) {
  const api::Report faulty = musterstadt_chain()->validate_file(kFaulty);
  BOOST_TEST(faulty.has_finding_at_or_above(api::Severity::kError));
  BOOST_TEST(
      !musterstadt_chain()->validate_file(kGood).has_finding_at_or_above(api::Severity::kInfo));

  const fs::path waivers = konform::test::output_dir("api-waivers") / "konform-waivers.xml";
  std::ofstream(waivers) << R"(<waivers xmlns="urn:konform:waivers:1">
  <waiver rule="xsd-valid" input="antrag.xml" reason="known" author="A. Muster" expires="2099-12-31"/>
</waivers>)";
  api::ChainSpec spec = musterstadt_spec();
  spec.waivers = waivers;
  const api::Report waived = validate_faulty(spec);
  BOOST_TEST(waived.waived() == faulty.errors());
  BOOST_TEST(!waived.has_finding_at_or_above(api::Severity::kError));
}

BOOST_AUTO_TEST_CASE(the_command_line_limits_reach_the_checks) {
  const std::string quoted = finding_messages(validate_faulty(musterstadt_spec()));
  BOOST_TEST(quoted.find("2026-02-30T09:30:00") != std::string::npos, quoted);

  api::ChainSpec spec = musterstadt_spec();
  spec.limits.no_excerpts = true;
  const std::string unquoted = finding_messages(validate_faulty(spec));
  BOOST_TEST(unquoted.find("2026-02-30") == std::string::npos, unquoted);

  spec = musterstadt_spec();
  spec.limits.max_excerpt = 5;
  const std::string cut = finding_messages(validate_faulty(spec));
  BOOST_TEST(cut.find("2026-02-30") == std::string::npos, cut);
  BOOST_TEST(cut.find("2026\u2026") != std::string::npos, cut);

  spec = musterstadt_spec();
  spec.limits.max_depth = 2;
  const api::Report shallow = validate_faulty(spec);
  BOOST_TEST((shallow.verdict() != api::Verdict::kConformant));
  BOOST_TEST(finding_messages(shallow).find("depth") != std::string::npos,
             finding_messages(shallow));
}

BOOST_AUTO_TEST_CASE(adhoc_rules_need_no_profile) {
  api::ChainSpec spec;
  spec.as_of = "2026-01-15";
  spec.use_cache = false;
  BOOST_CHECK_THROW((void)api::CompiledChain::build(spec), api::ConfigurationError);

  const fs::path xsd = konform::test::source_dir() / "profiles/de/sn/musterstadt/xsd";
  spec.adhoc = api::AdhocRules{{xsd / "xdemo-gewerbe.xsd"}, {xsd / "../catalog.xml"}, {}, {}, {}};
  const auto adhoc = api::CompiledChain::build(spec);
  BOOST_TEST(adhoc->profiles().size() == 1u);
  const api::Report report = adhoc->validate_file(kFaulty);
  BOOST_TEST((report.verdict() == api::Verdict::kNotConformant));
  BOOST_TEST(report.findings().front().rule_id == "xsd-valid");

  spec.adhoc->schemas = {xsd / "no-such.xsd"};
  BOOST_CHECK_THROW((void)api::CompiledChain::build(spec), api::ConfigurationError);
}

BOOST_AUTO_TEST_CASE(each_format_speaks_its_own_language_unless_told) {
  const api::Report report = musterstadt_chain()->validate_file(kFaulty);
  const api::RenderOptions own{api::Language::kFormatDefault};
  BOOST_TEST(report.render("html", own).find("<html lang=\"de\"") != std::string::npos);
  BOOST_TEST(report.render("text", own) == report.render("text", {api::Language::kEnglish}));
  BOOST_TEST(report.render("text", own).find('\x1b') == std::string::npos);
  api::RenderOptions coloured = own;
  coloured.color = true;
  BOOST_TEST(report.render("text", coloured).find('\x1b') != std::string::npos);

  const auto formats = api::comparison_formats();
  BOOST_TEST((std::find(formats.begin(), formats.end(), "json") != formats.end()));
  BOOST_TEST((std::find(formats.begin(), formats.end(), "html") != formats.end()));
}

BOOST_AUTO_TEST_SUITE_END()
