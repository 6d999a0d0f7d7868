// Mistakes a new user makes on the command line, each answered with what to do: the command, its
// exit code and its standard error (standard output where the answer is the report) are compared
// with tests/golden/errors/cli-<case>.expected (KONFORM_UPDATE_GOLDEN=1 rewrites them). Each run
// starts in a fresh working folder, so ./profiles is what the case puts there; paths print as
// <source> (the repository) and <work> (that folder).
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/golden.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

/// A working folder with one well-formed message, in.xml.
fs::path working_folder(const std::string& name) {
  const fs::path dir = output_dir("cli-errors-" + name);
  write_text(dir / "in.xml", "<a xmlns=\"urn:test:local\"/>\n");
  return dir;
}

/// Runs konform in `dir` and compares "$ command", "exit N" and the chosen streams with the
/// golden file cli-<name>.expected.
void check_run(const std::string& name, const std::vector<std::string>& arguments,
               const fs::path& dir, bool with_stdout = false) {
  const ProcessResult result = run_konform(arguments, "", dir);
  std::string transcript = "$ konform";
  for (const auto& argument : arguments) transcript += " " + argument;
  transcript += "\nexit " + std::to_string(result.exit_code) + "\n--- stderr\n" + result.err;
  if (with_stdout) transcript += "--- stdout\n" + result.out;
  transcript = replace_all(transcript, dir.string(), "<work>");
  // Installed or in the build tree, konform names its shipped profiles where it found them.
  transcript = replace_all(transcript, shipped_profiles_of_binary().string(), "<shipped>");
  transcript = replace_all(transcript, source_dir().string(), "<source>");
  check_golden(transcript, "errors", "cli-" + name + ".expected");
}

/// A profile test.local in `dir`/profiles/local: one document type, {urn:test:local}a.
void write_local_profile(const fs::path& dir) {
  write_text(
      dir / "profiles/local/profile.xml",
      R"(<profile xmlns="urn:konform:profile:1" id="test.local" version="1.0.0" level="other">
  <title>Local</title>
  <publisher>konform tests</publisher>
  <documentType id="local.message">
    <match namespace="urn:test:local" localName="a"/>
  </documentType>
</profile>
)");
}

/// Mistakes that need nothing but in.xml: the golden file's name and the arguments.
struct Mistake {
  std::string name;
  std::vector<std::string> arguments;
};

const std::vector<Mistake> kMistakes = {
    {"subcommand", {"validat", "in.xml"}},
    {"nested-subcommand", {"profile", "shwo", "de.sn"}},
    {"option", {"validate", "--profil", "de.sn.musterstadt", "in.xml"}},
    {"format", {"validate", "--profile", "de.sn.musterstadt", "--format", "jsn", "in.xml"}},
    {"unknown-profile", {"validate", "--profile", "de.sn.musterstat", "in.xml"}},
    {"unknown-profile-de", {"validate", "--lang", "de", "--profile", "de.sn.musterstat", "in.xml"}},
    {"output-without-format",
     {"validate", "--profile", "de.sn.musterstadt", "--output", "r.json", "--output", "r.txt",
      "in.xml"}},
    {"lock-not-found",
     {"validate", "--profile", "de.sn.musterstadt", "--lock", "missing.lock", "in.xml"}},
    {"codelist-uri",
     {"codelist", "show", "urn:xoev-de:musterstadt:codeliste:rechtsfrom", "--profile",
      "de.sn.musterstadt"}},
    // A date that does not exist is quoted; every command with --as-of checks it.
    {"as-of-month",
     {"validate", "--as-of", "2024-13-45", "--profile", "de.sn.musterstadt", "in.xml"}},
    {"as-of-day", {"profile", "test", "de.sn.musterstadt", "--as-of", "2026-02-30"}},
    {"as-of-lock", {"profile", "lock", "--profile", "de.sn.musterstadt", "--as-of", "2026-1-1"}},
    // The value CLI11 refuses must not be read again (and thrown again) while it is worded.
    {"lang", {"validate", "--lang", "fr", "--profile", "de.sn.musterstadt", "in.xml"}},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(error_messages_cli)

BOOST_AUTO_TEST_CASE(each_mistake_is_answered_with_the_fix) {
  for (const Mistake& mistake : kMistakes) {
    BOOST_TEST_CONTEXT("cli-" << mistake.name) {
      check_run(mistake.name, mistake.arguments, working_folder(mistake.name));
    }
  }
}

BOOST_AUTO_TEST_CASE(profiles_in_the_working_folder_are_on_the_search_path) {
  const fs::path dir = working_folder("working-folder-profiles");
  write_local_profile(dir);
  check_run("working-folder-profiles", {"validate", "--profile", "test.local", "in.xml"}, dir,
            true);
}

BOOST_AUTO_TEST_CASE(mistyped_document_type_in_add_rules_gets_the_nearest_one) {
  const fs::path dir = working_folder("document-type");
  write_local_profile(dir);
  write_text(dir / "profiles/child/rules.sch",
             R"sch(<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <pattern><rule context="/"><assert test="true()" id="ok">ok</assert></rule></pattern>
</schema>
)sch");
  write_text(
      dir / "profiles/child/profile.xml",
      R"(<profile xmlns="urn:konform:profile:1" id="test.child" version="1.0.0" level="other">
  <title>Child</title>
  <publisher>konform tests</publisher>
  <extends id="test.local"/>
  <addRules documentType="local.mesage">
    <schematron href="rules.sch"/>
  </addRules>
</profile>
)");
  check_run("document-type", {"validate", "--profile", "test.child", "in.xml"}, dir);
}

BOOST_AUTO_TEST_CASE(folder_without_inputs_is_a_usage_error_naming_what_counts) {
  const fs::path dir = working_folder("no-inputs");
  fs::create_directories(dir / "empty");
  write_text(dir / "empty/notes.txt", "not a message\n");
  check_run("no-inputs", {"validate", "--profile", "de.sn.musterstadt", "empty"}, dir);
}

BOOST_AUTO_TEST_CASE(german_text_report_has_german_words_and_plurals) {
  const fs::path dir = working_folder("german-report");
  write_local_profile(dir);
  write_text(dir / "broken.xml", "<a xmlns=\"urn:test:local\"><b></a>\n");
  check_run("german-report",
            {"validate", "--lang", "de", "--profile", "test.local", "in.xml", "broken.xml"}, dir,
            true);
}

// Not a golden file: the count of built-in rules at the end of the line grows with konform.
BOOST_AUTO_TEST_CASE(profile_check_counts_in_the_singular) {
  const fs::path dir = working_folder("plurals");
  write_local_profile(dir);
  const ProcessResult result = run_konform({"profile", "check", "test.local"}, "", dir);
  BOOST_TEST(result.exit_code == 0, result.err);
  BOOST_TEST(result.out.find("is valid: 1 profile in the chain, 1 document type, 0 Schematron "
                             "rule sets, 0 code lists, ") != std::string::npos,
             result.out);
}

BOOST_AUTO_TEST_SUITE_END()
