// Everything that runs is hashed and locked: the chain hash, konform.lock and `profile show`
// cover every file the chain reads — the manifest, schemas and what they include and import
// (through a chained catalog), the catalogs and the catalogs they chain to, Schematron rule sets
// and what they include at any depth, code lists — and the lock pins the waiver file. Each kind of
// file is changed in turn in a copy of tests/e2e/fixtures/lock-integrity: the chain hash changes
// and `validate` refuses with exit 2, naming the file and both hashes. A lock of format 1 and a
// pinned version that cannot be taken are refused with the fix; their stderr is golden
// (tests/golden/errors/lock-*.expected).
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>

#include "tests/support/files.h"
#include "tests/support/golden.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"
#include "validator/profile/artefact_hash.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

const std::vector<std::string> kChainOptions{"--profile-path", "profile", "--as-of", "2026-06-01"};

/// Every file of the fixture's profile, as the lock names it.
const std::vector<std::string> kProfileFiles{
    "profile.xml",       "xsd/doc.xsd",          "xsd/types.xsd",
    "xsd/other.xsd",     "catalog.xml",          "catalogs/next.xml",
    "rules/main.sch",    "rules/sub/level1.sch", "rules/sub/deeper/level2.sch",
    "codelists/list.xml"};

fs::path copy_fixture(const std::string& name) {
  const fs::path dir = output_dir(name);
  fs::copy(source_dir() / "tests" / "e2e" / "fixtures" / "lock-integrity", dir,
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  return dir;
}

ProcessResult konform_in(const fs::path& project, std::vector<std::string> arguments) {
  arguments.insert(arguments.end(), kChainOptions.begin(), kChainOptions.end());
  return run_konform(arguments, "", project);
}

ProcessResult lock(const fs::path& project) {
  return konform_in(project, {"profile", "lock", "--profile", "de.test.integrity"});
}

ProcessResult validate(const fs::path& project, std::vector<std::string> extra = {}) {
  extra.insert(extra.begin(), "validate");
  extra.push_back("good.xml");
  return konform_in(project, extra);
}

/// `profile show` of the profile folder.
ProcessResult show_text(const fs::path& project, const std::string& format = "text") {
  return run_konform({"profile", "show", "profile", "--format", format}, "", project);
}

nlohmann::json show(const fs::path& project) {
  auto r = show_text(project, "json");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return nlohmann::json::parse(r.out)["chain"][0];
}

/// The sha256 the lock records for `path` (an artefact path, or the waiver file's).
std::string locked_hash(const fs::path& project, const std::string& path) {
  const std::string text = read_text(project / "konform.lock");
  const std::string key = "path=\"" + path + "\" sha256=\"";
  const auto at = text.find(key);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, path << " is not in the lock:\n" << text);
  return text.substr(at + key.size(), 64);
}

void append_comment(const fs::path& file) {
  std::ofstream(file, std::ios::app) << "\n<!-- changed after locking -->\n";
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// Command, exit code and stderr, with the folders that differ between machines replaced.
std::string transcript(const fs::path& project, const std::vector<std::string>& arguments,
                       const ProcessResult& result) {
  std::string text = "$ konform";
  for (const auto& argument : arguments) text += " " + argument;
  text += "\nexit " + std::to_string(result.exit_code) + "\n" + result.err;
  for (const auto& [from, to] : {std::pair{project.string(), std::string("<project>")},
                                 std::pair{source_dir().string(), std::string("<source>")}}) {
    text = std::regex_replace(
        text, std::regex(std::regex_replace(from, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)")),
        to);
  }
  return text;
}

/// Runs `validate` with the chain options and checks command, exit code and stderr against
/// tests/golden/errors/`golden`.
void check_validate_golden(const fs::path& project, std::vector<std::string> extra,
                           const std::string& golden) {
  std::vector<std::string> arguments{"validate"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  arguments.insert(arguments.end(), kChainOptions.begin(), kChainOptions.end());
  arguments.push_back("good.xml");
  const auto result = run_konform(arguments, "", project);
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.out.empty());
  check_golden(transcript(project, arguments, result), "errors", golden);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lock_integrity)

BOOST_AUTO_TEST_CASE(lock_and_show_list_every_file_the_chain_reads) {
  const fs::path project = copy_fixture("e2e-lock-integrity-listed");
  auto written = lock(project);
  BOOST_REQUIRE_MESSAGE(written.exit_code == 0, written.err);
  BOOST_TEST(has(written.err, "1 profile, 10 artefacts, waiver file konform-waivers.xml"),
             written.err);
  const auto chain = show(project);
  std::vector<std::string> shown;
  for (const auto& artefact : chain["artefacts"]) shown.push_back(artefact["path"]);
  std::vector<std::string> expected = kProfileFiles;
  std::sort(expected.begin(), expected.end());
  BOOST_TEST(shown == expected, boost::test_tools::per_element());
  for (const auto& file : kProfileFiles) {
    BOOST_TEST(locked_hash(project, file) == konform::sha256_of_file(project / "profile" / file),
               file);
  }
  BOOST_TEST(locked_hash(project, "konform-waivers.xml") ==
             konform::sha256_of_file(project / "konform-waivers.xml"));
  // The text form lists them as sha256sum does, so `sha256sum -c` can check a profile folder.
  auto text = show_text(project);
  BOOST_TEST(has(text.out, locked_hash(project, "rules/sub/deeper/level2.sch") +
                               "  rules/sub/deeper/level2.sch\n"),
             text.out);
  auto r = validate(project);
  BOOST_TEST(r.exit_code == 0, r.err);
}

BOOST_AUTO_TEST_CASE(a_change_to_any_file_changes_the_chain_hash_and_is_refused_naming_it) {
  for (const auto& file : kProfileFiles) {
    BOOST_TEST_CONTEXT(file) {
      const fs::path project = copy_fixture("e2e-lock-integrity-changed");
      BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
      const std::string before = show(project)["sha256"];
      const std::string expected = locked_hash(project, file);
      append_comment(project / "profile" / file);
      const std::string actual = konform::sha256_of_file(project / "profile" / file);
      BOOST_TEST(show(project)["sha256"] != before);

      auto r = validate(project);
      BOOST_TEST(r.exit_code == 2);
      BOOST_TEST(r.out.empty());
      BOOST_TEST(has(r.err, "konform.lock:"), r.err);
      BOOST_TEST(has(r.err, "profile de.test.integrity 1.0.0: artefact " + file +
                                " has changed: expected sha256 " + expected + ", actual " + actual),
                 r.err);
      BOOST_TEST(has(r.err, "run `konform profile lock` again"), r.err);
      // Written again, the lock holds the new hash and validate runs.
      BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
      BOOST_TEST(locked_hash(project, file) == actual);
      BOOST_TEST(validate(project).exit_code == 0);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_waiver_file_is_pinned_too) {
  const fs::path project = copy_fixture("e2e-lock-integrity-waivers");
  BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
  const std::string expected = locked_hash(project, "konform-waivers.xml");
  append_comment(project / "konform-waivers.xml");
  const std::string actual = konform::sha256_of_file(project / "konform-waivers.xml");
  auto changed = validate(project);
  BOOST_TEST(changed.exit_code == 2);
  BOOST_TEST(has(changed.err, "waiver file konform-waivers.xml has changed: expected sha256 " +
                                  expected + ", actual " + actual),
             changed.err);
  // Applying none can only make a run stricter: --no-waivers is accepted.
  BOOST_TEST(validate(project, {"--no-waivers"}).exit_code == 0);
  // A lock without a waiver file is not met by one.
  BOOST_REQUIRE_EQUAL(
      konform_in(project, {"profile", "lock", "--profile", "de.test.integrity", "--no-waivers"})
          .exit_code,
      0);
  auto unlocked = validate(project);
  BOOST_TEST(unlocked.exit_code == 2);
  BOOST_TEST(has(unlocked.err, "waiver file konform-waivers.xml is not in the lock"), unlocked.err);
  BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
  fs::remove(project / "konform-waivers.xml");
  auto missing = validate(project);
  BOOST_TEST(missing.exit_code == 2);
  BOOST_TEST(has(missing.err, "waiver file konform-waivers.xml is missing"), missing.err);
}

BOOST_AUTO_TEST_CASE(golden_a_changed_include_at_depth_two) {
  const fs::path project = copy_fixture("e2e-lock-integrity-golden-include");
  BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
  std::ofstream(project / "profile" / "rules" / "sub" / "deeper" / "level2.sch", std::ios::trunc)
      << "<sch:rule xmlns:sch='http://purl.oclc.org/dsdl/schematron' context='t:doc'>"
      << "<sch:assert id='INTEGRITY-1' test='t:n &gt; 100'>n must be large.</sch:assert>"
      << "</sch:rule>\n";
  check_validate_golden(project, {}, "lock-include-changed.expected");
}

BOOST_AUTO_TEST_CASE(golden_a_changed_waiver_file) {
  const fs::path project = copy_fixture("e2e-lock-integrity-golden-waivers");
  BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
  append_comment(project / "konform-waivers.xml");
  check_validate_golden(project, {}, "lock-waivers-changed.expected");
}

BOOST_AUTO_TEST_CASE(golden_a_lock_of_format_1_is_refused_with_the_fix) {
  const fs::path project = copy_fixture("e2e-lock-integrity-golden-format-1");
  BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
  // What konform wrote before: namespace urn:konform:lock:1, no included files, no waiver file.
  std::string text = read_text(project / "konform.lock");
  text = std::regex_replace(text, std::regex("urn:konform:lock:2"), "urn:konform:lock:1");
  text = std::regex_replace(text, std::regex(" *<artefact path=\"rules/sub/[^\n]*\n"), "");
  text = std::regex_replace(text, std::regex(" *<waivers [^\n]*\n"), "");
  std::ofstream(project / "konform.lock", std::ios::trunc) << text;
  check_validate_golden(project, {}, "lock-format-1.expected");
  BOOST_TEST(validate(project, {"--profile", "de.test.integrity", "--no-lock"}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(golden_a_range_the_pinned_version_is_outside_of) {
  const fs::path project = copy_fixture("e2e-lock-integrity-golden-range");
  BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
  check_validate_golden(project, {"--profile", "de.test.integrity@^1.1"},
                        "lock-version-outside-range.expected");
}

BOOST_AUTO_TEST_CASE(golden_a_pinned_version_no_longer_on_the_search_path) {
  const fs::path project = copy_fixture("e2e-lock-integrity-golden-missing");
  BOOST_REQUIRE_EQUAL(lock(project).exit_code, 0);
  std::string manifest = read_text(project / "profile" / "profile.xml");
  manifest = std::regex_replace(manifest, std::regex("version=\"1.0.0\""), "version=\"1.0.1\"");
  std::ofstream(project / "profile" / "profile.xml", std::ios::trunc) << manifest;
  check_validate_golden(project, {}, "lock-version-not-found.expected");
}

BOOST_AUTO_TEST_CASE(a_catalog_may_not_chain_out_of_the_profile_folder) {
  const fs::path project = copy_fixture("e2e-lock-integrity-chain-escape");
  fs::copy_file(project / "profile" / "catalogs" / "next.xml", project / "outside.xml");
  std::ofstream(project / "profile" / "catalog.xml", std::ios::trunc)
      << "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
      << "<nextCatalog catalog='../outside.xml'/></catalog>";
  auto r = lock(project);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(has(r.err, "chains to " + fs::canonical(project / "outside.xml").string() +
                            ", outside the profile folder"),
             r.err);
}

// The issue's scenario: a profile assembled from the XRechnung Schematron, whose rule sets include
// ../common.sch. Before, the lock listed the two rule sets only, and a rule changed in common.sch
// ran under "profiles match the lock file".
BOOST_AUTO_TEST_CASE(xrechnung_rule_sets_lock_the_common_file_they_include) {
  const fs::path project = output_dir("e2e-lock-integrity-xrechnung");
  const fs::path profile = project / "profile";
  fs::create_directories(profile);
  fs::copy(corpus_dir() / "xrechnung" / "schematron" / "src" / "validation" / "schematron",
           profile / "schematron", fs::copy_options::recursive);
  std::ofstream(profile / "profile.xml")
      << "<profile xmlns='urn:konform:profile:1' id='de.test.xrechnung' version='1.0.0' "
      << "level='other'><title>XRechnung rules</title><publisher>konform tests</publisher>"
      << "<documentType id='ubl-invoice'><match namespace='urn:oasis:names:specification:ubl:"
      << "schema:xsd:Invoice-2' localName='Invoice'/>"
      << "<schematron href='schematron/ubl/XRechnung-UBL-validation.sch'/></documentType>"
      << "<documentType id='cii-invoice'><match namespace='urn:un:unece:uncefact:data:standard:"
      << "CrossIndustryInvoice:100' localName='CrossIndustryInvoice'/>"
      << "<schematron href='schematron/cii/XRechnung-CII-validation.sch'/></documentType>"
      << "</profile>";
  fs::copy_file(corpus_dir() / "xrechnung" / "testsuite" / "src" / "test" / "technical-cases" /
                    "cius" / "01.05_minimal_test_ubl.xml",
                project / "invoice.xml");
  auto written = konform_in(project, {"profile", "lock", "--profile", "de.test.xrechnung"});
  BOOST_REQUIRE_MESSAGE(written.exit_code == 0, written.err);
  const std::string expected = locked_hash(project, "schematron/common.sch");
  BOOST_TEST(has(read_text(project / "konform.lock"),
                 "path=\"schematron/ubl/XRechnung-UBL-validation.sch\""));
  auto shown = show_text(project);
  BOOST_TEST(has(shown.out, expected + "  schematron/common.sch\n"), shown.out);
  const std::vector<std::string> run{"validate", "--profile-path", "profile",
                                     "--as-of",  "2026-06-01",     "invoice.xml"};
  const auto locked_run = run_konform(run, "", project);
  BOOST_TEST(locked_run.exit_code != 2, locked_run.err);

  append_comment(profile / "schematron" / "common.sch");
  const auto refused = run_konform(run, "", project);
  BOOST_TEST(refused.exit_code == 2);
  BOOST_TEST(has(refused.err, "artefact schematron/common.sch has changed: expected sha256 " +
                                  expected + ", actual " +
                                  konform::sha256_of_file(profile / "schematron" / "common.sch")),
             refused.err);
}

BOOST_AUTO_TEST_SUITE_END()
