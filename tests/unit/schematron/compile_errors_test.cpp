// A broken rule set fails at compile time, located (file, line, column) with a code.
#include <boost/test/unit_test.hpp>

#include "tests/unit/schematron/schematron_test_support.h"

using namespace konform::schematron;
using namespace konform::schematron::test;

BOOST_AUTO_TEST_SUITE(schematron_compile_errors)

BOOST_AUTO_TEST_CASE(xpath_syntax_error_in_a_test_points_into_the_attribute) {
  // line 3: `    <assert test="count(*) = = 1">`; the second '=' is at column 29.
  auto e =
      compile_error(sch("<pattern><rule context=\"r\">\n    <assert test=\"count(*) = = "
                        "1\">x</assert>\n</rule></pattern>"));
  BOOST_TEST(e.code() == "XPST0003");
  BOOST_TEST(e.file() == "test.sch");
  BOOST_TEST(e.line() == 3);
  BOOST_TEST(e.column() >= 19);  // at or after the start of the value
  BOOST_TEST(e.column() <= 31);
  BOOST_TEST(std::string(e.what()).rfind("test.sch:3:", 0) == 0);
}

BOOST_AUTO_TEST_CASE(codes_of_xpath_static_errors) {
  BOOST_TEST(
      compile_error(
          sch(R"~(<pattern><rule context="r"><assert test="$undeclared"/></rule></pattern>)~"))
          .code() == "XPST0008");
  BOOST_TEST(
      compile_error(sch(R"~(<pattern><rule context="r"><assert test="nope:x"/></rule></pattern>)~"))
          .code() == "XPST0081");
  BOOST_TEST(
      compile_error(
          sch(R"~(<pattern><rule context="r"><assert test="no-such-function()"/></rule></pattern>)~"))
          .code() == "XPST0017");
  BOOST_TEST(
      compile_error(
          sch(R"~(<pattern><rule context="r"><report test="1"><value-of select="(("/></report></rule></pattern>)~"))
          .code() == "XPST0003");
  BOOST_TEST(
      compile_error(
          sch(R"~(<pattern><rule context="r"><assert test="1"><name path="nope:x"/></assert></rule></pattern>)~"))
          .code() == "XPST0081");
  BOOST_TEST(
      compile_error(
          sch(R"~(<pattern><rule context="r"><let name="v" value="1 +"/></rule></pattern>)~"))
          .code() == "XPST0003");
}

// Found by the schematron fuzzer: the xpath::Error of an undeclared prefix escaped the compiler.
BOOST_AUTO_TEST_CASE(let_names_with_undeclared_prefixes_are_schema_errors) {
  BOOST_TEST(compile_error(sch(R"~(<let name="nope:x" value="1"/>)~")).code() == "XPST0081");
  BOOST_TEST(compile_error(sch(R"~(<pattern><let name="x:" value="1"/></pattern>)~")).code() ==
             "XPST0081");
  auto e = compile_error(
      sch(R"~(<pattern><rule context="r"><let name="p:v" value="1"/></rule></pattern>)~"));
  BOOST_TEST(e.code() == "XPST0081");
  BOOST_TEST(e.line() > 0);
}

BOOST_AUTO_TEST_CASE(rule_context_syntax_errors_are_located) {
  auto e =
      compile_error(sch("<pattern>\n<rule context=\"a/b[\"><assert test=\"1\"/></rule></pattern>"));
  BOOST_TEST(e.code() == "XPST0003");
  BOOST_TEST(e.line() == 3);
}

BOOST_AUTO_TEST_CASE(rule_lets_are_only_visible_after_their_declaration) {
  auto e = compile_error(sch(
      R"~(<pattern><rule context="r"><assert test="$later"/><let name="later" value="1"/></rule></pattern>)~"));
  BOOST_TEST(e.code() == "XPST0008");
}

BOOST_AUTO_TEST_CASE(structure_errors) {
  BOOST_TEST(compile_error("<schema/>").code() == kErrorStructure);  // no Schematron namespace
  BOOST_TEST(compile_error(sch("<pattern><rule><assert test='1'/></rule></pattern>")).code() ==
             kErrorStructure);  // rule without context
  BOOST_TEST(compile_error(sch("<pattern><rule context='r'><assert/></rule></pattern>")).code() ==
             kErrorStructure);  // assert without test
  BOOST_TEST(compile_error(sch("<ns prefix='a'/>")).code() == kErrorStructure);
  BOOST_TEST(compile_error(sch("<pattern><rule context='r'><bogus/></rule></pattern>")).code() ==
             kErrorStructure);
  BOOST_TEST(compile_error(sch("<rule context='r'><assert test='1'/></rule>")).code() ==
             kErrorStructure);  // a rule outside a pattern
  BOOST_TEST(
      compile_error(sch("<let name='a' value='1'/><pattern><let name='a' value='2'/></pattern>"))
          .code() == "XTSE0630");
  BOOST_TEST(compile_error(sch("<ns prefix='a' uri='u1'/><ns prefix='a' uri='u2'/>")).code() ==
             kErrorStructure);
}

BOOST_AUTO_TEST_CASE(unsupported_constructs_are_refused_not_ignored) {
  BOOST_TEST(compile_error("<schema xmlns='http://purl.oclc.org/dsdl/schematron'/>").code() ==
             kErrorUnsupported);  // default queryBinding xslt (1.0)
  BOOST_TEST(
      compile_error("<schema xmlns='http://purl.oclc.org/dsdl/schematron' queryBinding='xpath31'/>")
          .code() == kErrorUnsupported);
  BOOST_TEST(compile_error(sch("<let name='a'><x/></let>")).code() == kErrorUnsupported);
  BOOST_TEST(compile_error(sch("<pattern documents='doc(\"x\")'/>")).code() == kErrorUnsupported);
  BOOST_TEST(compile_error(
                 sch("<xsl:template xmlns:xsl='http://www.w3.org/1999/XSL/Transform' match='/'/>"))
                 .code() == kErrorUnsupported);
}

BOOST_AUTO_TEST_CASE(malformed_xml_is_located) {
  auto e = compile_error(
      "<schema xmlns='http://purl.oclc.org/dsdl/schematron' "
      "queryBinding='xslt2'>\n<pattern>\n</schema>");
  BOOST_TEST(e.code() == kErrorXml);
  BOOST_TEST(e.line() >= 2);
  BOOST_TEST(compile_error("<!DOCTYPE schema [<!ENTITY x 'y'>]>" + sch("")).code() == kErrorXml);
}

BOOST_AUTO_TEST_SUITE_END()
