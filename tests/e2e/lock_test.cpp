// `konform profile lock` and `konform validate` honouring konform.lock: written and honoured,
// pinning the locked version, an altered artefact refused (exit 2 naming it and both hashes), a
// malformed lock refused at file:line. The profiles are built under the build tree, so the shipped
// ones can change without touching these tests.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

constexpr const char* kNamespace = "urn:konform:test:lock";

/// A one-document-type profile `de.test.lock` at `version` in `dir`: <doc><n>integer</n></doc>.
void write_profile(const fs::path& dir, const std::string& version) {
  fs::create_directories(dir / "xsd");
  std::ofstream(dir / "profile.xml")
      << "<profile xmlns='urn:konform:profile:1' id='de.test.lock' version='" << version
      << "' level='municipal'><title>Lock test</title><publisher>konform tests</publisher>"
      << "<documentType id='doc'><match namespace='" << kNamespace
      << "' localName='doc'/><schema href='xsd/doc.xsd'/></documentType></profile>";
  std::ofstream(dir / "xsd" / "doc.xsd")
      << "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" << kNamespace
      << "' elementFormDefault='qualified'><xs:element name='doc'><xs:complexType><xs:sequence>"
      << "<xs:element name='n' type='xs:integer'/></xs:sequence></xs:complexType></xs:element>"
      << "</xs:schema>";
}

/// A project folder: profiles/1.0.0 and profiles/1.1.0 of de.test.lock, and one valid message.
fs::path make_project(const std::string& name) {
  const fs::path dir = output_dir(name);
  write_profile(dir / "profiles" / "v1", "1.0.0");
  write_profile(dir / "profiles" / "v2", "1.1.0");
  std::ofstream(dir / "good.xml") << "<doc xmlns='" << kNamespace << "'><n>1</n></doc>";
  return dir;
}

ProcessResult lock(const fs::path& project, const std::string& spec) {
  return run_konform({"profile", "lock", "--profile", spec, "--profile-path",
                      (project / "profiles").string(), "--as-of", "2026-06-01"},
                     "", project);
}

ProcessResult validate_project(const fs::path& project, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"validate", "--profile-path", (project / "profiles").string(),
                                "--as-of",  "2026-06-01",     "--format",
                                "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back("good.xml");
  return run_konform(args, "", project);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lock_file)

BOOST_AUTO_TEST_CASE(lock_is_written_and_honoured) {
  const fs::path project = make_project("e2e-lock-honoured");
  auto written = lock(project, "de.test.lock");
  BOOST_REQUIRE_MESSAGE(written.exit_code == 0, written.err);
  const std::string text = read_text(project / "konform.lock");
  BOOST_TEST(text.find("xmlns=\"urn:konform:lock:2\"") != std::string::npos);
  BOOST_TEST(text.find("id=\"de.test.lock\" version=\"1.1.0\"") != std::string::npos, text);
  BOOST_TEST(text.find("<artefact path=\"xsd/doc.xsd\" sha256=\"") != std::string::npos, text);
  BOOST_TEST(text.find("<artefact path=\"profile.xml\"") != std::string::npos, text);

  // The lock is found in the working folder; without --profile it selects the locked chain.
  auto r = validate_project(project);
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["lock"] == "konform.lock");
  BOOST_TEST(json["profiles"][0]["version"] == "1.1.0");
  // The chain hash in the report is the one the lock recorded.
  const std::string sha = json["profiles"][0]["sha256"];
  BOOST_TEST(text.find("sha256=\"" + sha + "\"") != std::string::npos);

  auto ignored = validate_project(project, {"--profile", "de.test.lock", "--no-lock"});
  BOOST_REQUIRE_EQUAL(ignored.exit_code, 0);
  BOOST_TEST(!nlohmann::json::parse(ignored.out).contains("lock"));
}

BOOST_AUTO_TEST_CASE(pinning_takes_the_locked_version_when_a_newer_one_exists) {
  const fs::path project = make_project("e2e-lock-pinning");
  BOOST_REQUIRE_EQUAL(lock(project, "de.test.lock@1.0.0").exit_code, 0);
  auto pinned = validate_project(project, {"--profile", "de.test.lock"});
  BOOST_REQUIRE_MESSAGE(pinned.exit_code == 0, pinned.err);
  BOOST_TEST(nlohmann::json::parse(pinned.out)["profiles"][0]["version"] == "1.0.0");
  auto unpinned = validate_project(project, {"--profile", "de.test.lock", "--no-lock"});
  BOOST_REQUIRE_EQUAL(unpinned.exit_code, 0);
  BOOST_TEST(nlohmann::json::parse(unpinned.out)["profiles"][0]["version"] == "1.1.0");
  // A range the locked version does not satisfy cannot be met: a configuration error.
  auto conflict = validate_project(project, {"--profile", "de.test.lock@^1.1"});
  BOOST_TEST(conflict.exit_code == 2);
  BOOST_TEST(conflict.err.find("konform.lock pins profile de.test.lock to version 1.0.0, but ^1.1 "
                               "is required by the command line") != std::string::npos,
             conflict.err);
}

BOOST_AUTO_TEST_CASE(an_altered_artefact_is_a_configuration_error_naming_it) {
  const fs::path project = make_project("e2e-lock-mismatch");
  BOOST_REQUIRE_EQUAL(lock(project, "de.test.lock").exit_code, 0);
  const std::string text = read_text(project / "konform.lock");
  const auto at = text.find("path=\"xsd/doc.xsd\" sha256=\"");
  BOOST_REQUIRE(at != std::string::npos);
  const std::string expected = text.substr(at + 27, 64);
  std::ofstream(project / "profiles" / "v2" / "xsd" / "doc.xsd", std::ios::app) << "\n<!-- x -->";

  auto r = validate_project(project);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err.find("konform.lock:") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("profile de.test.lock 1.1.0: artefact xsd/doc.xsd has changed") !=
                 std::string::npos,
             r.err);
  BOOST_TEST(r.err.find("expected sha256 " + expected + ", actual ") != std::string::npos, r.err);
  // --lock names the file explicitly; --no-lock ignores it.
  BOOST_TEST(validate_project(project, {"--lock", "konform.lock"}).exit_code == 2);
  BOOST_TEST(validate_project(project, {"--profile", "de.test.lock", "--no-lock"}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(a_folder_with_another_version_than_the_locked_one_is_refused) {
  const fs::path project = make_project("e2e-lock-extra");
  BOOST_REQUIRE_EQUAL(lock(project, "de.test.lock").exit_code, 0);
  auto r = validate_project(project, {"--profile", (project / "profiles" / "v1").string()});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("the lock pins version 1.1.0, but 1.0.0 was resolved") != std::string::npos,
             r.err);
}

BOOST_AUTO_TEST_CASE(a_malformed_lock_is_refused_at_file_and_line) {
  const fs::path project = make_project("e2e-lock-malformed");
  std::ofstream(project / "konform.lock")
      << "<?xml version='1.0'?>\n<lock xmlns='urn:konform:lock:2'>\n"
      << "  <profile id='de.test.lock' version='1.1.0' sha256='nothex'>\n"
      << "    <artefact path='profile.xml' sha256='00'/>\n  </profile>\n</lock>\n";
  auto r = validate_project(project, {"--profile", "de.test.lock"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("konform.lock:3:") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("invalid lock file") != std::string::npos, r.err);

  std::ofstream(project / "konform.lock") << "<lock xmlns='urn:konform:lock:2'>\n<profile";
  auto broken = validate_project(project, {"--profile", "de.test.lock"});
  BOOST_TEST(broken.exit_code == 2);
  BOOST_TEST(broken.err.find("konform.lock:2") != std::string::npos, broken.err);

  auto missing = validate_project(project, {"--profile", "de.test.lock", "--lock", "nowhere.lock"});
  BOOST_TEST(missing.exit_code == 2);
  BOOST_TEST(missing.err.find("nowhere.lock") != std::string::npos, missing.err);
}

BOOST_AUTO_TEST_SUITE_END()
