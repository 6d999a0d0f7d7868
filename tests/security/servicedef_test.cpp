// Hostile service definitions (YAML) through the CLI: alias bombs, extreme nesting, and
// `publiccode:` references or `samples:` that point outside the definition's folder (`..`, an
// absolute path, a symlink out). Contract: a located finding, exit 1, within kMaxSeconds, never
// "conformant", and nothing outside the folder is read.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

fs::path example_product() { return example_profile() / "examples/servicedef"; }

/// Runs one definition through the example profile and checks the common contract; returns the
/// definition's report entry.
nlohmann::json expect_definition_finding(const fs::path& definition, const std::string& rule_id,
                                         const std::string& what) {
  RunResult result = validate_json({definition.string()}, {}, std::chrono::seconds(10));
  BOOST_TEST((result.timed_out || result.signal == 0),
             what << ": killed by signal " << result.signal);
  BOOST_TEST(!result.timed_out, what << ": did not finish in 10 s");
  BOOST_TEST(within_budget(result), what << " exceeded the budget: " << describe(result));
  BOOST_TEST(result.exit_code == 1, what << ": " << describe(result));
  auto report = parse_report(result.out);
  // The product's samples may well be conformant; the definition and the run are not.
  BOOST_TEST(report.value("verdict", "") == "not-conformant", what);
  auto entry = input_entry(report, definition.filename().string());
  BOOST_TEST(entry.is_object(), what << ": the definition is missing from the report");
  BOOST_TEST(entry.value("verdict", "") == "not-conformant", what);
  BOOST_TEST(has_located_finding(entry, rule_id),
             what << ": expected a located " << rule_id << ", got " << rule_ids(entry));
  return entry;
}

/// A copy of the example product in `dir` whose konform-service.yml has `from` replaced by `to`.
fs::path product_with(const fs::path& dir, const std::string& from, const std::string& to) {
  for (const auto& name : {"publiccode.yml", "gewerbe-anmeldung-konform.xml"})
    write_text(dir / name, read_text(example_product() / name));
  std::string text = read_text(example_product() / "konform-service.yml");
  const auto at = text.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "the example lacks " << from);
  text.replace(at, from.size(), to);
  write_text(dir / "konform-service.yml", text);
  return dir / "konform-service.yml";
}

/// Whether a finding of `entry` mentions `text`.
bool mentions(const nlohmann::json& entry, const std::string& text) {
  for (const auto& finding : entry["findings"]) {
    if (finding.value("message", "").find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(service_definitions)

BOOST_AUTO_TEST_CASE(the_unmodified_example_product_is_conformant) {
  // The baseline the escape cases below change one line of.
  const fs::path dir = output_dir("security/servicedef-baseline");
  RunResult result = validate_json({product_with(dir, "samples:", "samples:").string()});
  BOOST_TEST(result.exit_code == 0, describe(result));
}

BOOST_AUTO_TEST_CASE(yaml_alias_bomb_is_refused) {
  expect_definition_finding(cases_dir() / "alias-bomb.konform-service.yml", "yaml-wellformed",
                            "nine levels of YAML aliases");
}

BOOST_AUTO_TEST_CASE(yaml_alias_through_a_merge_key_is_refused) {
  expect_definition_finding(cases_dir() / "merge-key-alias.konform-service.yml", "yaml-wellformed",
                            "an alias in a merge key");
}

BOOST_AUTO_TEST_CASE(yaml_nesting_100000_levels_deep_is_refused) {
  const fs::path dir = output_dir("security/servicedef-deep");
  constexpr int kDepth = 100'000;
  // Flow style and block style: both nest a node per level.
  std::string flow = "konform: \"1.0\"\nkind: onlineService\nx: ";
  flow += std::string(kDepth, '[') + std::string(kDepth, ']') + "\n";
  write_text(dir / "flow.konform-service.yml", flow);
  expect_definition_finding(dir / "flow.konform-service.yml", "yaml-wellformed",
                            "100,000 nested flow sequences");
  std::string block = "konform: \"1.0\"\nkind: onlineService\nx:\n";
  for (int i = 0; i < kDepth; ++i) block += "- ";
  block += "deep\n";
  write_text(dir / "block.konform-service.yml", block);
  expect_definition_finding(dir / "block.konform-service.yml", "yaml-wellformed",
                            "100,000 nested block sequences");
}

BOOST_AUTO_TEST_CASE(publiccode_reference_outside_the_folder_is_refused) {
  const fs::path dir = output_dir("security/servicedef-publiccode");
  const std::string token = random_token();
  const fs::path secret = make_secret(dir, token);
  // `..`, an absolute path, and a symlink inside the folder that leads out of it.
  const std::vector<std::pair<std::string, std::string>> escapes = {
      {"dotdot", "../secret.txt"},
      {"absolute", secret.string()},
      {"symlink", "link.yml"},
  };
  for (const auto& [name, reference] : escapes) {
    BOOST_TEST_CONTEXT(name) {
      const fs::path product = dir / name;
      const fs::path definition =
          product_with(product, "publiccode: publiccode.yml", "publiccode: " + reference);
      if (name == "symlink") fs::create_symlink(secret, product / "link.yml");
      auto entry = expect_definition_finding(definition, "yaml-wellformed", "publiccode: " + name);
      BOOST_TEST(mentions(entry, "inside the service definition's folder"), rule_ids(entry));
      RunResult again = validate_json({definition.string()});
      BOOST_TEST(again.out.find(token) == std::string::npos, "the secret leaked into the report");
      BOOST_TEST(again.err.find(token) == std::string::npos, "the secret leaked into stderr");
    }
  }
}

BOOST_AUTO_TEST_CASE(samples_outside_the_folder_are_refused) {
  const fs::path dir = output_dir("security/servicedef-samples");
  const fs::path outside = dir / "outside.xml";
  write_text(outside, conformant_message());
  const std::vector<std::pair<std::string, std::string>> escapes = {
      {"dotdot", "../outside.xml"},
      {"absolute", fs::absolute(outside).string()},
      {"symlink", "link.xml"},
  };
  for (const auto& [name, sample] : escapes) {
    BOOST_TEST_CONTEXT(name) {
      const fs::path product = dir / name;
      const fs::path definition = product_with(product, "  - gewerbe-anmeldung-konform.xml",
                                               "  - gewerbe-anmeldung-konform.xml\n  - " + sample);
      if (name == "symlink") fs::create_symlink(fs::absolute(outside), product / "link.xml");
      RunResult result = validate_json({definition.string()});
      BOOST_TEST(result.exit_code == 1, describe(result));
      auto report = parse_report(result.out);
      auto entry = input_entry(report, "konform-service.yml");
      BOOST_TEST(has_located_finding(entry, "servicedef-sample-missing"), rule_ids(entry));
      // The file outside was not checked as a sample of the product.
      BOOST_TEST(!input_entry(report, "outside.xml").is_object());
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
