// Ad-hoc mode with several --schema: each input is checked against the schema that declares its
// root element globally; none or several is a located finding naming the schemas; every rule set
// runs on every matched input whose root namespace it declares (on all when it declares none).
// The schemas mirror UBL's layout: two document schemas (b, c) and a library namespace (a) that
// b imports, so a's elements are global in two schemas.
#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/check/find_rule.h"
#include "tests/unit/xml/test_files.h"
#include "validator/check/document_matcher.h"
#include "validator/check/input_checker.h"
#include "validator/profile/adhoc_profile.h"

namespace fs = std::filesystem;
using namespace konform;
using konform::test::find_rule;

namespace {

struct Schemas {
  fs::path a, b, c, rules, c_rules;
};

Schemas write_schemas(const fs::path& dir) {
  const std::string xs = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' ";
  Schemas s;
  s.a = test::write_file(dir / "lib/a.xsd",
                         xs + "targetNamespace='urn:a' elementFormDefault='qualified'>"
                              "<xs:element name='A' type='xs:string'/></xs:schema>");
  s.b = test::write_file(dir / "doc/b.xsd",
                         xs + "targetNamespace='urn:b' xmlns:a='urn:a'>"
                              "<xs:import namespace='urn:a' schemaLocation='../lib/a.xsd'/>"
                              "<xs:element name='B'><xs:complexType><xs:sequence>"
                              "<xs:element ref='a:A'/></xs:sequence></xs:complexType></xs:element>"
                              "</xs:schema>");
  s.c = test::write_file(dir / "doc/c.xsd", xs + "targetNamespace='urn:c'>"
                                                 "<xs:element name='C' type='xs:string'/>"
                                                 "</xs:schema>");
  s.rules = test::write_file(
      dir / "rules.sch",
      "<schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xslt2'><pattern>"
      "<rule context='/*'><assert id='root-has-text' test='string-length(.) &gt; 0'>"
      "the root has text</assert></rule></pattern></schema>");
  // Declares only c's namespace: runs on C inputs alone, as EN 16931's CII rules on CII invoices.
  s.c_rules = test::write_file(
      dir / "c-rules.sch",
      "<schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xslt2'>"
      "<ns prefix='c' uri='urn:c'/><pattern><rule context='/*'>"
      "<assert id='c-rule' test='false()'>the c rule ran</assert></rule></pattern></schema>");
  return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(schema_roots)

BOOST_AUTO_TEST_CASE(each_input_meets_the_schema_that_declares_its_root) {
  const fs::path dir = test::output_dir("check-schema-roots");
  const Schemas s = write_schemas(dir);
  const CompiledProfile profile =
      compile_profiles({adhoc_profile({s.b, s.c, s.a}, {}, {}, {}, {s.rules, s.c_rules})});
  BOOST_REQUIRE_EQUAL(profile.document_types.size(), 3u);
  test::write_file(dir / "in/b.xml", "<B xmlns='urn:b'><A xmlns='urn:a'>x</A></B>");
  test::write_file(dir / "in/b-invalid.xml", "<B xmlns='urn:b'><A xmlns='urn:a'>x</A><A/></B>");
  test::write_file(dir / "in/c.xml", "<C xmlns='urn:c'/>");
  auto report = check_inputs(
      profile,
      {{"b", dir / "in/b.xml"}, {"b-invalid", dir / "in/b-invalid.xml"}, {"c", dir / "in/c.xml"}},
      CheckOptions{});
  BOOST_TEST(report.inputs[0].document_type == "b.xsd");
  BOOST_TEST(to_string(report.inputs[0].verdict) == "conformant");
  BOOST_TEST(report.inputs[1].document_type == "b.xsd");
  BOOST_TEST(find_rule(report.inputs[1], "xsd-valid") != nullptr);
  BOOST_TEST(report.inputs[2].document_type == "c.xsd");
  // The rule set runs on this input too: C is valid but empty.
  BOOST_TEST(find_rule(report.inputs[2], "root-has-text") != nullptr);
  BOOST_TEST(find_rule(report.inputs[2], "xsd-valid") == nullptr);
  // A rule set that declares namespaces runs on the inputs whose root namespace it declares.
  BOOST_TEST(find_rule(report.inputs[2], "c-rule") != nullptr);
  BOOST_TEST(find_rule(report.inputs[0], "c-rule") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_root_no_schema_or_several_declare_is_a_located_finding) {
  const fs::path dir = test::output_dir("check-schema-roots-unmatched");
  const Schemas s = write_schemas(dir);
  const CompiledProfile profile = compile_profiles({adhoc_profile({s.a, s.b, s.c}, {}, {})});
  test::write_file(dir / "in/z.xml", "<?xml version='1.0'?>\n\n  <Z xmlns='urn:z'/>");
  test::write_file(dir / "in/a.xml", "<A xmlns='urn:a'>x</A>");
  auto report =
      check_inputs(profile, {{"z", dir / "in/z.xml"}, {"a", dir / "in/a.xml"}}, CheckOptions{});
  const Finding* unmatched = find_rule(report.inputs[0], "schema-root-unmatched");
  BOOST_REQUIRE(unmatched != nullptr);
  BOOST_TEST(unmatched->message.find("{urn:z}Z") != std::string::npos, unmatched->message);
  BOOST_TEST(unmatched->message.find("a.xsd, b.xsd, c.xsd") != std::string::npos,
             unmatched->message);
  BOOST_TEST(unmatched->message_de.find("in keinem") != std::string::npos, unmatched->message_de);
  BOOST_TEST(unmatched->location.line == 3);
  BOOST_TEST(unmatched->location.column > 0);
  BOOST_TEST(unmatched->location.xpath == "/Q{urn:z}Z[1]");
  BOOST_TEST(to_string(report.inputs[0].verdict) == "not-conformant");
  // a's elements are global in a.xsd and, imported, in b.xsd.
  const Finding* ambiguous = find_rule(report.inputs[1], "schema-root-ambiguous");
  BOOST_REQUIRE(ambiguous != nullptr);
  BOOST_TEST(ambiguous->message.find("(a.xsd, b.xsd)") != std::string::npos, ambiguous->message);
  BOOST_TEST(ambiguous->message_de.find("in mehreren") != std::string::npos);
  BOOST_TEST(to_string(report.inputs[1].verdict) == "not-conformant");
  // The run lists the two rules it may report.
  auto listed = [&](std::string_view id) {
    return std::any_of(report.rules.begin(), report.rules.end(),
                       [&](const RuleInfo& rule) { return rule.id == id; });
  };
  BOOST_TEST(listed("schema-root-unmatched"));
  BOOST_TEST(listed("schema-root-ambiguous"));
}

BOOST_AUTO_TEST_CASE(explain_names_the_schema_root_rule) {
  const fs::path dir = test::output_dir("check-schema-roots-explain");
  const Schemas s = write_schemas(dir);
  const CompiledProfile profile = compile_profiles({adhoc_profile({s.a, s.c}, {}, {})});
  MatchRequest request;
  request.namespace_uri = "urn:z";
  request.local_name = "Z";
  request.explain = true;
  const MatchOutcome outcome = match_document(profile, request);
  const std::string text = explain_text("z.xml", "{urn:z}Z", outcome);
  BOOST_TEST(text.find("schema-root-unmatched") != std::string::npos, text);
  BOOST_TEST(text.find("its schema declares no global element of this name") != std::string::npos,
             text);
}

BOOST_AUTO_TEST_CASE(one_schema_takes_every_input_as_before) {
  const fs::path dir = test::output_dir("check-schema-roots-one");
  const Schemas s = write_schemas(dir);
  const CompiledProfile profile = compile_profiles({adhoc_profile({s.c, s.c}, {}, {})});
  BOOST_REQUIRE_EQUAL(profile.document_types.size(), 1u);
  BOOST_TEST(profile.document_types[0].id == "adhoc");
  BOOST_TEST(profile.document_types[0].match.any_root);
  // Not listed when they cannot fire.
  for (const auto& rule : profile.rules) BOOST_TEST(!rule.id.starts_with("schema-root-"));
}

BOOST_AUTO_TEST_CASE(schemas_sharing_a_file_name_are_named_by_their_paths) {
  const fs::path dir = test::output_dir("check-schema-roots-names");
  const Schemas s = write_schemas(dir);
  const fs::path other = test::write_file(
      dir / "other/c.xsd",
      "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:c2'>"
      "<xs:element name='C'/></xs:schema>");
  const Profile profile = adhoc_profile({s.c, other}, {}, {});
  BOOST_REQUIRE_EQUAL(profile.document_types.size(), 2u);
  BOOST_TEST(profile.document_types[0].id == s.c.generic_string());
  BOOST_TEST(profile.document_types[1].id == other.generic_string());
}

BOOST_AUTO_TEST_SUITE_END()
