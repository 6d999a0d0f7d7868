// sch:include: resolved relative to the including file, only inside the caller's root folder —
// or, for a rule set the user named (ad-hoc mode), anywhere on the local file system.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/unit/schematron/schematron_test_support.h"

using namespace konform::schematron;
using namespace konform::schematron::test;
namespace fs = std::filesystem;

namespace {

SchemaError file_error(const fs::path& file, const fs::path& root) {
  try {
    CompileOptions options;
    options.root = root;
    compile_schema(file, options);
  } catch (const SchemaError& e) {
    return e;
  }
  BOOST_FAIL("expected a SchemaError for " << file);
  throw std::logic_error("unreachable");
}

void write(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(schematron_includes)

BOOST_AUTO_TEST_CASE(included_pattern_rule_and_lets_take_the_include_s_place) {
  CompileOptions options;
  options.root = data_dir();
  auto s = compile_schema(data_dir() / "schema_with_includes.sch", options);
  BOOST_TEST(s->name == "schema_with_includes.sch");
  BOOST_TEST_REQUIRE(s->patterns.size() == 4u);
  BOOST_TEST(s->patterns[0].id == "variables");  // a lets-only pattern, like XRechnung's common.sch
  BOOST_TEST(s->patterns[1].id == "included-pattern");
  BOOST_TEST(s->patterns[2].rules.size() == 2u);
  std::string good = "<r currency='EUR'><order id='1'><item price='1'/></order></r>";
  BOOST_TEST(hits(run_text(*s, good)).empty());
  std::string bad =
      "<r currency='USD'><order><item/><item price='1'/><item price='2'/></order></r>";
  BOOST_TEST(hits(run_text(*s, bad)) ==
             (Strings{"currency@/Q{}r[1]", "inc-order-id@/Q{}r[1]/Q{}order[1]",
                      "inc-price@/Q{}r[1]/Q{}order[1]/Q{}item[1]", "max-items@/Q{}r[1]"}));
}

BOOST_AUTO_TEST_CASE(includes_resolve_relative_to_the_including_file) {
  auto s = compile_text(sch(R"~(<include href="sub/nested.sch"/>)~"));
  BOOST_TEST_REQUIRE(s->patterns.size() == 1u);
  BOOST_TEST(s->patterns[0].id == "nested");
  BOOST_TEST(hits(run_text(*s, "<order/>")) == Strings{"inc-order-id@/Q{}order[1]"});
}

BOOST_AUTO_TEST_CASE(the_schema_names_every_file_read_at_any_depth_for_hashing) {
  const fs::path data = fs::canonical(data_dir());
  auto nested = compile_text(sch(R"~(<include href="sub/nested.sch"/>)~"));
  BOOST_TEST(
      nested->files == (std::vector<fs::path>{data / "sub" / "nested.sch", data / "rule_only.sch"}),
      boost::test_tools::per_element());
  CompileOptions options;
  options.root = data_dir();
  auto s = compile_schema(data_dir() / "schema_with_includes.sch", options);
  BOOST_TEST(s->files == (std::vector<fs::path>{data / "schema_with_includes.sch",
                                                data / "let_only.sch", data / "lets_pattern.sch",
                                                data / "rule_pattern.sch", data / "rule_only.sch"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(errors_in_included_files_name_that_file_and_line) {
  auto e = compile_error(sch(R"~(<include href="broken_xpath.sch"/>)~"));
  BOOST_TEST(e.code() == "XPST0003");
  BOOST_TEST(e.file() == "broken_xpath.sch");
  BOOST_TEST(e.line() == 4);
  BOOST_TEST(e.column() > 20);  // inside the test attribute's value
}

BOOST_AUTO_TEST_CASE(includes_leaving_the_root_are_refused) {
  auto e = compile_error(sch(R"~(<pattern><include href="../rule_only.sch"/></pattern>)~"), "",
                         data_dir() / "sub");
  BOOST_TEST(e.code() == kErrorInclude);
  BOOST_TEST(std::string(e.what()).find("outside") != std::string::npos);
  auto nested = file_error(data_dir() / "sub" / "escape.sch", data_dir() / "sub");
  BOOST_TEST(nested.code() == kErrorInclude);
  BOOST_TEST(nested.file() == "escape.sch");
  BOOST_TEST(nested.line() == 3);
}

BOOST_AUTO_TEST_CASE(trusted_includes_may_leave_the_root_and_are_named_from_it) {
  CompileOptions options;
  options.root = data_dir() / "sub";
  options.name = "test.sch";
  options.includes = Includes::kLocalFileSystem;
  auto included = [&](const std::string& href) {
    return compile_schema_text(sch("<pattern>\n<include href=\"" + href + "\"/></pattern>"),
                               options);
  };
  BOOST_TEST(included("../rule_only.sch")->patterns.size() == 1u);
  // An absolute local path is the user's to name too; a scheme still is not.
  BOOST_TEST(included((fs::canonical(data_dir()) / "rule_only.sch").string())->patterns.size() ==
             1u);
  for (const std::string href : {"file:///etc/passwd", "http://example.org/x.sch"}) {
    try {
      included(href);
      BOOST_FAIL("compiled an include of " << href);
    } catch (const SchemaError& e) {
      BOOST_TEST(e.code() == kErrorInclude, href);
    }
  }
  // Errors in a file outside the root name it as the include reached it, not by this machine's
  // folders.
  try {
    compile_schema_text(sch(R"~(<include href="../broken_xpath.sch"/>)~"), options);
    BOOST_FAIL("compiled broken_xpath.sch");
  } catch (const SchemaError& e) {
    BOOST_TEST(e.file() == "../broken_xpath.sch");
  }
}

BOOST_AUTO_TEST_CASE(an_untrusted_include_out_says_what_to_do) {
  auto e = file_error(data_dir() / "sub" / "escape.sch", data_dir() / "sub");
  BOOST_TEST(std::string(e.what()).find("copy the included file") != std::string::npos, e.what());
}

BOOST_AUTO_TEST_CASE(absolute_scheme_and_fragment_hrefs_are_refused) {
  for (const std::string href : {"/etc/passwd", "file:///etc/passwd", "http://example.org/x.sch",
                                 "rule_only.sch#r1", "C:/x.sch", "%2e%2e/x.sch", ""}) {
    auto e = compile_error(sch("<pattern>\n<include href=\"" + href + "\"/></pattern>"));
    BOOST_TEST(e.code() == kErrorInclude, href);
    BOOST_TEST(e.line() == 3, href);
  }
}

BOOST_AUTO_TEST_CASE(missing_files_and_cycles_are_errors) {
  BOOST_TEST(compile_error(sch(R"~(<include href="nope.sch"/>)~")).code() == kErrorInclude);
  auto cycle = compile_error(sch(R"~(<include href="cycle_a.sch"/>)~"));
  BOOST_TEST(cycle.code() == kErrorInclude);
  BOOST_TEST(std::string(cycle.what()).find("cycle") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(symbolic_links_out_of_the_root_are_refused) {
  fs::path dir = konform::test::output_dir("schematron_symlink");
  fs::path root = dir / "root";
  fs::create_directories(root);
  write(dir / "outside.sch",
        "<pattern xmlns='http://purl.oclc.org/dsdl/schematron'><rule context='x'>"
        "<assert test='1'/></rule></pattern>");
  std::error_code ec;
  fs::remove(root / "link.sch", ec);
  fs::create_symlink(dir / "outside.sch", root / "link.sch");
  write(root / "main.sch", sch(R"~(<include href="link.sch"/>)~"));
  auto e = file_error(root / "main.sch", root);
  BOOST_TEST(e.code() == kErrorInclude);
  BOOST_TEST(e.file() == "main.sch");
}

BOOST_AUTO_TEST_SUITE_END()
