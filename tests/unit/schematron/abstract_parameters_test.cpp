// Abstract-pattern parameters are replaced as text, as the ISO skeleton and SchXslt do: names
// taken literally (a trailing space included), longest name first. The fixture in
// data/abstract_layout/ has EN 16931's layout: abstract rules and their binding in two included
// files.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "tests/unit/schematron/schematron_test_support.h"
#include "validator/schematron/abstract_patterns.h"

using namespace konform::schematron;
using namespace konform::schematron::test;
namespace fs = std::filesystem;

namespace {

fs::path layout_dir() { return data_dir() / "abstract_layout"; }

std::shared_ptr<const Schema> compile_layout() {
  CompileOptions options;
  options.root = layout_dir();
  return compile_schema(layout_dir() / "validation.sch", options);
}

RunResult run_sample(const Schema& schema, const std::string& file) {
  std::ifstream in(layout_dir() / file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return run_text(schema, bytes.str());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(schematron_abstract_parameters)

BOOST_AUTO_TEST_CASE(names_are_taken_literally_with_their_whitespace) {
  BOOST_TEST(substitute_parameters("$Invoice_line /x", {{"Invoice_line ", "inv:Line"}}) ==
             "inv:Line/x");
  // Without the space the reference is another name, which this pattern does not declare.
  BOOST_TEST(substitute_parameters("$Invoice_line/x", {{"Invoice_line ", "inv:Line"}}) ==
             "$Invoice_line/x");
}

BOOST_AUTO_TEST_CASE(longest_name_first_whatever_the_document_order) {
  // SchXslt's issue #282: `$typeElement` must not become "person" + "Element".
  BOOST_TEST(substitute_parameters("$typeElement | $type",
                                   {{"type", "person"}, {"typeElement", "tei:person"}}) ==
             "tei:person | person");
  // Text replacement does not look at what follows a name, string literals included.
  BOOST_TEST(substitute_parameters("$a-b = '$a'", {{"a", "1"}}) == "1-b = '1'");
}

BOOST_AUTO_TEST_CASE(en16931_layout_in_miniature) {
  auto schema = compile_layout();
  BOOST_TEST_REQUIRE(schema->patterns.size() == 1u);
  BOOST_TEST(schema->patterns[0].id == "bound-model");
  BOOST_TEST(schema->patterns[0].rules.size() == 4u);

  RunResult passing = run_sample(*schema, "passing.xml");
  BOOST_TEST(hits(passing).empty());
  BOOST_TEST(error_codes(passing).empty());
  BOOST_TEST(passing.fired_rules == 4u);

  RunResult failing = run_sample(*schema, "failing.xml");
  BOOST_TEST(error_codes(failing).empty());
  BOOST_TEST(hits(failing) ==
             (Strings{"BR-06@/Q{urn:example:invoice}Invoice[1]/Q{urn:example:invoice}Seller[1]",
                      "BR-08@/Q{urn:example:invoice}Invoice[1]/Q{urn:example:invoice}Seller[1]/"
                      "Q{urn:example:invoice}Address[1]",
                      "BR-21@/Q{urn:example:invoice}Invoice[1]/Q{urn:example:invoice}Line[2]"}));
  BOOST_TEST(failing.fired_rules == 5u);
  for (const Result& r : failing.results) {
    if (r.id == "BR-21") {
      BOOST_TEST(r.message == "[BR-21]-Line 2 needs an amount.");
      BOOST_TEST(r.flag == "warning");
    }
  }
}

BOOST_AUTO_TEST_CASE(a_param_without_a_name_is_refused) {
  auto error = compile_error(sch(R"~(<pattern abstract="true" id="t"><rule context="$x">
        <assert test="true()">t</assert></rule></pattern>
      <pattern is-a="t"><param name="" value="r"/></pattern>)~"));
  BOOST_TEST(error.code() == kErrorStructure);
  BOOST_TEST(error.line() == 4);
}

BOOST_AUTO_TEST_SUITE_END()
