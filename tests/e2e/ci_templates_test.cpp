// The CI templates in ci/templates/ run what they promise: every `konform validate` line marked
// with `# konform-command` is taken from the YAML, its variables replaced by the template's own
// defaults (the bundled example profile), and run on the built binary from the repository root,
// without a shell. The example holds a non-conformant sample, so konform must exit 1 and still
// write every report: SARIF valid against the OASIS 2.1.0 schema, JUnit valid against
// junit-10.xsd, and the files the rest of the template hands to GitHub or GitLab.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "tests/support/documented_commands.h"
#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

constexpr std::string_view kMarker = "# konform-command";
const std::string kExampleProfile = "de.sn.musterstadt";
const std::string kExampleMessages =
    "profiles/de/sn/musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml";

/// The default of a template variable, from a `NAME: value  # comment` line.
std::string template_default(const std::string& yaml, const std::string& name) {
  const std::regex line("\\n\\s*" + name + ":\\s*([^\\s#]+)");
  std::smatch match;
  BOOST_REQUIRE_MESSAGE(std::regex_search(yaml, match, line), "template does not set " << name);
  return match[1];
}

struct PreparedCommand {
  std::vector<std::string> argv;
  std::map<std::string, fs::path> outputs;  ///< format -> file, for formats written to a file
  std::vector<std::string> stdout_formats;
};

/// Replaces the program, the template variables and every --output file (written into `dir`,
/// never into the source tree), and pairs the n-th --output with the n-th --format like the CLI.
PreparedCommand prepare(const std::vector<std::string>& words,
                        const std::map<std::string, std::string>& variables, const fs::path& dir) {
  BOOST_REQUIRE_MESSAGE(words.size() > 2 && words[0] == "konform" && words[1] == "validate",
                        "not a `konform validate` command");
  PreparedCommand prepared;
  prepared.argv.push_back(konform_binary().string());
  std::vector<std::string> formats;
  std::vector<fs::path> files;
  for (std::size_t i = 1; i < words.size(); ++i) {
    std::string word = words[i];
    for (const auto& [name, value] : variables) {
      if (word == "$" + name || word == "${" + name + "}") word = value;
    }
    BOOST_REQUIRE_MESSAGE(word.find('$') == std::string::npos, "unknown variable in " << word);
    if (i > 1 && words[i - 1] == "--format") formats.push_back(word);
    if (i > 1 && words[i - 1] == "--output") {
      BOOST_REQUIRE_MESSAGE(fs::path(word).filename() == word, "output outside the job: " << word);
      files.push_back(dir / word);
      word = files.back().string();
    }
    prepared.argv.push_back(word);
  }
  BOOST_REQUIRE_MESSAGE(files.size() <= formats.size(), "more --output than --format");
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i < files.size()) {
      prepared.outputs[formats[i]] = files[i];
    } else {
      prepared.stdout_formats.push_back(formats[i]);
    }
  }
  return prepared;
}

void require_valid_sarif(const fs::path& sarif) {
  const auto result = run_process(
      {"/usr/bin/python3", (source_dir() / "tests/tools/validate_json.py").string(),
       (shared_dir() / "schemas/sarif/sarif-schema-2.1.0.json").string(), sarif.string()});
  BOOST_TEST(result.exit_code == 0,
             sarif << " is not valid SARIF 2.1.0: " << result.out << result.err);
}

void require_valid_junit(const fs::path& junit) {
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file("/usr/bin/xmllint"), "xmllint is missing");
  const auto result =
      run_process({"/usr/bin/xmllint", "--noout", "--schema",
                   (shared_dir() / "schemas/junit/junit-10.xsd").string(), junit.string()});
  BOOST_TEST(result.exit_code == 0, junit << " is not valid JUnit: " << result.out << result.err);
}

/// Runs every marked command of one template; returns them for template-specific checks.
std::vector<PreparedCommand> run_template(const std::string& name) {
  const std::string yaml = read_text(source_dir() / "ci/templates" / name);
  const std::map<std::string, std::string> variables = {
      {"KONFORM_PROFILE", template_default(yaml, "KONFORM_PROFILE")},
      {"KONFORM_MESSAGES", template_default(yaml, "KONFORM_MESSAGES")}};
  BOOST_TEST(variables.at("KONFORM_PROFILE") == kExampleProfile);
  BOOST_TEST(variables.at("KONFORM_MESSAGES") == kExampleMessages);

  const auto commands = marked_commands(yaml, kMarker);
  BOOST_REQUIRE_MESSAGE(!commands.empty(), name << " marks no konform command");
  std::vector<PreparedCommand> prepared;
  for (std::size_t i = 0; i < commands.size(); ++i) {
    BOOST_TEST_CONTEXT(name << " command " << i + 1 << ": " << commands[i]) {
      const fs::path dir = output_dir("e2e-ci-" + name + "-" + std::to_string(i + 1));
      PreparedCommand command = prepare(split_words(commands[i]), variables, dir);
      const ProcessResult result =
          run_process(command.argv, "", std::chrono::seconds(120), source_dir());
      std::ofstream(dir / "stdout.log", std::ios::binary) << result.out;
      std::ofstream(dir / "stderr.log", std::ios::binary) << result.err;
      BOOST_TEST(result.exit_code == 1,
                 "expected exit 1 (a non-conformant sample): " << result.exit_code << '\n'
                                                               << result.err);
      for (const auto& [format, file] : command.outputs) {
        BOOST_TEST(fs::is_regular_file(file), format << " report missing: " << file);
      }
      if (command.outputs.count("sarif")) require_valid_sarif(command.outputs.at("sarif"));
      if (command.outputs.count("junit")) require_valid_junit(command.outputs.at("junit"));
      if (command.outputs.count("html")) {
        BOOST_TEST(read_text(command.outputs.at("html")).find("data-verdict=\"not-conformant\"") !=
                   std::string::npos);
      }
      // The one format on standard output (annotations, a log) must say something.
      if (!command.stdout_formats.empty()) BOOST_TEST(!result.out.empty());
      if (std::find(command.stdout_formats.begin(), command.stdout_formats.end(), "github") !=
          command.stdout_formats.end()) {
        BOOST_TEST(result.out.find("::error file=") != std::string::npos, result.out);
      }
      prepared.push_back(std::move(command));
    }
  }
  return prepared;
}

bool contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

/// The template's install lines that download the package and check its SHA-256, as a script
/// that writes the download to `deb` instead of /tmp.
std::string download_and_check_script(const std::string& yaml, const fs::path& deb) {
  std::string script = "set -e\n";
  std::istringstream lines(yaml);
  for (std::string line; std::getline(lines, line);) {
    if (!contains(line, "\"$KONFORM_DEB_URL\"") && !contains(line, "sha256sum --check")) continue;
    line.erase(0, line.find_first_not_of(" -"));  // YAML indentation and GitLab's list marker
    script += std::regex_replace(line, std::regex("/tmp/konform\\.deb"), deb.string()) + "\n";
  }
  return script;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ci_templates)

// The templates install the released package instead of building konform in every job, and
// their own install lines refuse a download whose SHA-256 is not the one configured.
BOOST_AUTO_TEST_CASE(templates_install_the_package_only_when_its_sha256_matches) {
  const fs::path dir = output_dir("ci-templates-install");
  const fs::path published = dir / "konform_0.1.0_amd64.deb";
  std::ofstream(published) << "a stand-in for the package\n";
  const std::string sha256 =
      run_process({"/usr/bin/sha256sum", published.string()}).out.substr(0, 64);
  for (const char* name : {"github-actions.yml", "gitlab-ci.yml", "github-xsd-lint.yml"}) {
    BOOST_TEST_CONTEXT(name) {
      const std::string yaml = read_text(source_dir() / "ci/templates" / name);
      BOOST_TEST(!contains(yaml, "ci/build.sh"), "the template builds konform from source");
      BOOST_TEST(contains(yaml, "apt-get install -y -qq --no-install-recommends /tmp/konform.deb"));
      const fs::path downloaded = dir / (std::string(name) + ".deb");
      const std::string script = download_and_check_script(yaml, downloaded);
      BOOST_TEST(std::count(script.begin(), script.end(), '\n') == 3, script);
      const auto install = [&](const std::string& expected_sha256) {
        fs::remove(downloaded);
        return run_process({"/usr/bin/env", "KONFORM_DEB_URL=file://" + published.string(),
                            "KONFORM_DEB_SHA256=" + expected_sha256, "bash", "-c", script})
            .exit_code;
      };
      BOOST_TEST(install(sha256) == 0, script);
      BOOST_TEST(install(std::string(64, '0')) != 0, "a wrong SHA-256 passed: " << script);
      BOOST_TEST(install(template_default(yaml, "KONFORM_DEB_SHA256")) != 0,
                 "the placeholder passed the check");
    }
  }
}

BOOST_AUTO_TEST_CASE(github_actions_template_runs_and_feeds_code_scanning) {
  const auto commands = run_template("github-actions.yml");
  const std::string yaml = read_text(source_dir() / "ci/templates/github-actions.yml");
  bool sarif = false;
  bool summary = false;
  bool annotations = false;
  for (const auto& command : commands) {
    if (command.outputs.count("sarif")) {
      sarif = true;
      const std::string file = command.outputs.at("sarif").filename().string();
      BOOST_TEST(contains(yaml, "sarif_file: " + file), "upload-sarif must upload " << file);
    }
    if (command.outputs.count("markdown")) {
      summary = true;
      const std::string file = command.outputs.at("markdown").filename().string();
      BOOST_TEST(contains(yaml, file + " >> \"$GITHUB_STEP_SUMMARY\""));
      BOOST_TEST(contains(read_text(command.outputs.at("markdown")), "not-conformant"));
    }
    for (const auto& format : command.stdout_formats) annotations |= format == "github";
  }
  BOOST_TEST(sarif, "no command writes SARIF");
  BOOST_TEST(summary, "no command writes the Markdown step summary");
  BOOST_TEST(annotations, "no command prints --format github annotations");
  BOOST_TEST(contains(yaml, "uses: github/codeql-action/upload-sarif@"));
  BOOST_TEST(contains(yaml, "security-events: write"));
}

BOOST_AUTO_TEST_CASE(gitlab_template_runs_and_feeds_the_junit_report) {
  const auto commands = run_template("gitlab-ci.yml");
  const std::string yaml = read_text(source_dir() / "ci/templates/gitlab-ci.yml");
  bool junit = false;
  for (const auto& command : commands) {
    if (!command.outputs.count("junit")) continue;
    junit = true;
    const std::string file = command.outputs.at("junit").filename().string();
    BOOST_TEST(std::regex_search(yaml, std::regex("reports:\\s*\\n\\s*junit: " + file)),
               "artifacts:reports:junit must name " << file);
  }
  BOOST_TEST(junit, "no command writes JUnit");
  BOOST_TEST(contains(yaml, "when: always"), "reports must be kept when konform finds errors");
}

BOOST_AUTO_TEST_CASE(command_extraction_follows_the_marker) {
  // The extraction itself: marker, YAML list item, continuation line, both kinds of quotes.
  const std::string yaml =
      "script:\n"
      "  # konform-command\n"
      "  - konform validate --profile \"$KONFORM_PROFILE\" \\\n"
      "      --format sarif --output 'a b.sarif' \"$KONFORM_MESSAGES\"\n"
      "  - echo done\n";
  const auto commands = marked_commands(yaml, kMarker);
  BOOST_REQUIRE(commands.size() == 1u);
  const auto words = split_words(commands[0]);
  const std::vector<std::string> expected = {"konform",          "validate",  "--profile",
                                             "$KONFORM_PROFILE", "--format",  "sarif",
                                             "--output",         "a b.sarif", "$KONFORM_MESSAGES"};
  BOOST_TEST(words == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
