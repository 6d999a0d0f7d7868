// End-to-end tests of `konform xsd lint` on the published XSchule 1.2 schemas: a copy made under
// the build folder (with the library schemas it imports and the corpus catalog) is linted before
// and after four deliberate breaks, and the difference must be exactly those four findings,
// located in the files that were changed.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <tuple>

#include "tests/support/documented_commands.h"
#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

/// (file name, rule, message): what a finding says, independent of lines that edits shift.
using FindingKey = std::tuple<std::string, std::string, std::string>;

/// The corpus folders XSchule's include and import tree reaches, copied with the catalog so the
/// catalog's relative mappings still hold.
fs::path copy_xschule_tree(const std::string& name) {
  const fs::path out = output_dir(name);
  const fs::path corpus = corpus_dir();
  for (const char* folder :
       {"xschule/xsd", "xbildung/xsd", "xbau/artifacts/xbau/2.6/specs", "w3c"}) {
    fs::create_directories(out / folder);
    fs::copy(corpus / folder, out / folder, fs::copy_options::recursive);
  }
  fs::copy_file(corpus / "catalog.xml", out / "catalog.xml");
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add);
  }
  return out;
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read_text(file);
  const auto at = text.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, file << " lacks " << from);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

/// Removes the first xs:annotation after `anchor` (the declaration it documents).
void remove_annotation_after(const fs::path& file, const std::string& anchor) {
  std::string text = read_text(file);
  const auto at = text.find(anchor);
  BOOST_REQUIRE(at != std::string::npos);
  const auto begin = text.find("<xs:annotation>", at);
  const std::string end_tag = "</xs:annotation>";
  const auto end = text.find(end_tag, begin);
  BOOST_REQUIRE(begin != std::string::npos && end != std::string::npos);
  text.erase(begin, end + end_tag.size() - begin);
  std::ofstream(file, std::ios::binary) << text;
}

struct Lint {
  int exit_code;
  std::multiset<FindingKey> findings;
  std::map<FindingKey, int> lines;
};

Lint lint(const fs::path& tree) {
  auto run = run_konform({"xsd", "lint", "xschule/xsd/xschule.xsd", "--catalog", "catalog.xml",
                          "--format", "json", "--as-of", "2026-12-01"},
                         "", tree);
  BOOST_REQUIRE_MESSAGE(!run.out.empty(), run.err);
  // The W3C schemas the tree reaches are named, not silently left out.
  BOOST_TEST(run.err.find("not checked (a W3C schema") != std::string::npos);
  const auto report = nlohmann::json::parse(run.out);
  Lint result{run.exit_code, {}, {}};
  for (const auto& input : report["inputs"]) {
    BOOST_TEST(input["verdict"] != "incomplete");
    const std::string file = fs::path(input["path"].get<std::string>()).filename().string();
    for (const auto& finding : input["findings"]) {
      FindingKey key{file, finding["ruleId"], finding["message"]};
      result.findings.insert(key);
      result.lines[key] = finding["location"]["line"];
    }
  }
  return result;
}

std::vector<FindingKey> added(const Lint& before, const Lint& after) {
  std::vector<FindingKey> out;
  std::set_difference(after.findings.begin(), after.findings.end(), before.findings.begin(),
                      before.findings.end(), std::back_inserter(out));
  return out;
}

/// Lints a one-line schema whose second line is `reference` (an include or import).
ProcessResult lint_one_reference(const std::string& name, const std::string& reference) {
  const fs::path out = output_dir(name);
  std::ofstream(out / "entry.xsd")
      << "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n  " << reference
      << "\n</xs:schema>\n";
  return run_konform({"xsd", "lint", "entry.xsd"}, "", out);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xsd_lint)

BOOST_AUTO_TEST_CASE(the_published_schemas_follow_their_imports_and_pass_the_fingerprints) {
  const fs::path tree = copy_xschule_tree("xsd-lint-published");
  const Lint published = lint(tree);
  std::set<std::string> files;
  for (const auto& [file, rule, message] : published.findings) files.insert(file);
  // Findings of the standard's own files, none for the unmodified library copies it imports.
  BOOST_TEST(files.count("xschule-baukasten.xsd") == 1);
  BOOST_TEST(files.count("xoev-code.xsd") == 0);
  BOOST_TEST(files.count("din-norm-91379-datatypes.xsd") == 0);
  for (const auto& [file, rule, message] : published.findings) BOOST_TEST(rule != "XOEV-LIB-002");
}

BOOST_AUTO_TEST_CASE(four_deliberate_breaks_are_exactly_the_four_new_findings) {
  const fs::path published_tree = copy_xschule_tree("xsd-lint-reference");
  const fs::path tree = copy_xschule_tree("xsd-lint-broken");
  const fs::path nachweise = tree / "xschule/xsd/xschule-nachweise.xsd";
  const fs::path baukasten = tree / "xschule/xsd/xschule-baukasten.xsd";
  const fs::path library = tree / "xbau/artifacts/xbau/2.6/specs/xoev-code.xsd";
  replace_in(nachweise, R"(<xs:element name="schueler.wechsel.0001">)",
             R"(<xs:element name="schuelerWechsel">)");
  remove_annotation_after(nachweise,
                          R"(<xs:element name="schueler" type="xsc:SchuelerWechselnd">)");
  replace_in(baukasten,
             R"(<xs:element name="algorithmus" minOccurs="0" type="din91379:datatypeC">)",
             R"(<xs:element name="algorithmus" minOccurs="0" type="xs:string">)");
  replace_in(library, "aus vordefinierten Codelisten", "aus eigenen Codelisten");

  const Lint before = lint(published_tree);
  const Lint after = lint(tree);
  BOOST_TEST(before.exit_code == 1);
  BOOST_TEST(after.exit_code == 1);
  // Nothing the published schemas were told disappears, and exactly four findings are new.
  BOOST_TEST(added(after, before).empty());
  const auto news = added(before, after);
  std::multiset<std::string> where;
  for (const auto& [file, rule, message] : news) where.insert(file + " " + rule);
  const std::multiset<std::string> expected{
      "xschule-nachweise.xsd XOEV-NAME-001", "xschule-nachweise.xsd XOEV-DOC-001",
      "xschule-baukasten.xsd XOEV-TYPE-001", "xoev-code.xsd XOEV-LIB-002"};
  BOOST_TEST(where == expected, boost::test_tools::per_element());
  for (const auto& key : news) {
    const auto& [file, rule, message] = key;
    if (rule == "XOEV-NAME-001") {
      BOOST_TEST(message.find("schuelerWechsel") != std::string::npos);
      BOOST_TEST(after.lines.at(key) == 38);
    }
    if (rule == "XOEV-DOC-001") BOOST_TEST(message.find("'schueler'") != std::string::npos);
    if (rule == "XOEV-TYPE-001") {
      BOOST_TEST(message.find("'algorithmus'") != std::string::npos);
      BOOST_TEST(after.lines.at(key) == 72);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_reference_out_of_the_tree_is_a_located_error) {
  const auto run = lint_one_reference(
      "xsd-lint-escape",
      R"(<xs:include schemaLocation="../../../../../../../../../../../../etc/passwd"/>)");
  BOOST_TEST(run.exit_code == 2);
  BOOST_TEST(run.err.find("entry.xsd:2") != std::string::npos, run.err);
  BOOST_TEST(run.err.find("outside") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_CASE(a_remote_location_without_catalog_is_refused) {
  const auto run = lint_one_reference(
      "xsd-lint-remote",
      R"(<xs:import namespace="urn:x" schemaLocation="http://example.org/x.xsd"/>)");
  BOOST_TEST(run.exit_code == 2);
  BOOST_TEST(run.err.find("entry.xsd:2") != std::string::npos, run.err);
  BOOST_TEST(run.err.find("network") != std::string::npos, run.err);
}

// The code-scanning template runs what it promises: its marked command, with the template's own
// example schema, exits 1 and writes SARIF 2.1.0 whose location names the XSD relative to the
// repository root (how code scanning finds the file) and the line of the declaration.
BOOST_AUTO_TEST_CASE(the_code_scanning_template_writes_sarif_on_the_xsd_lines) {
  const std::string yaml = read_text(source_dir() / "ci/templates/github-xsd-lint.yml");
  std::smatch example;
  BOOST_REQUIRE(std::regex_search(yaml, example, std::regex("\\n\\s*KONFORM_SCHEMAS:\\s*(\\S+)")));
  const auto commands = marked_commands(yaml, "# konform-command");
  BOOST_REQUIRE_EQUAL(commands.size(), 1u);
  const fs::path dir = output_dir("xsd-lint-template");
  std::vector<std::string> argv;
  for (auto word : split_words(commands[0])) {
    if (word == "$KONFORM_SCHEMAS") word = example[1];
    if (word == "konform-xsd.sarif") word = (dir / word).string();
    if (word != "konform") argv.push_back(word);
  }
  BOOST_TEST(yaml.find("sarif_file: konform-xsd.sarif") != std::string::npos);
  const auto run = run_konform(argv, "", source_dir());
  BOOST_TEST(run.exit_code == 1, run.err);
  BOOST_TEST(run.out.find("::error file=profiles/xoev/schema/examples/xtest.xsd,line=30") !=
                 std::string::npos,
             run.out);
  const fs::path sarif = dir / "konform-xsd.sarif";
  const auto schema_check = run_process(
      {"/usr/bin/python3", (source_dir() / "tests/tools/validate_json.py").string(),
       (shared_dir() / "schemas/sarif/sarif-schema-2.1.0.json").string(), sarif.string()});
  BOOST_TEST(schema_check.exit_code == 0, schema_check.out << schema_check.err);
  const auto results = nlohmann::json::parse(read_text(sarif))["runs"][0]["results"];
  BOOST_REQUIRE_EQUAL(results.size(), 1u);
  const auto& location = results[0]["locations"][0]["physicalLocation"];
  BOOST_TEST(results[0]["ruleId"] == "XOEV-TYPE-001");
  BOOST_TEST(location["artifactLocation"]["uri"] == "profiles/xoev/schema/examples/xtest.xsd");
  BOOST_TEST(location["region"]["startLine"] == 30);
}

BOOST_AUTO_TEST_SUITE_END()
