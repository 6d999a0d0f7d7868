#include "validator/waive/waiver_file.h"

#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

std::string error_of(const fs::path& file) {
  try {
    waive::read_waiver_file(file);
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(waiver_file)

BOOST_AUTO_TEST_CASE(a_valid_file_is_read_with_lines) {
  const fs::path dir = test::output_dir("waive-file-valid");
  const fs::path file = test::write_file(
      dir / "w.xml",
      "<?xml version='1.0'?>\n<waivers xmlns='urn:konform:waivers:1'>\n"
      "  <waiver rule='xsd-valid' input='in/**' reason='Fix in 4.2' author='A. Muster' "
      "expires='2026-12-31'/>\n"
      "  <waiver rule='br-de-01' input='in/a.xml' xpath='/Q{urn:x}a[1]' reason='r' author='B' "
      "expires='2027-01-01'/>\n</waivers>\n");
  const auto waivers = waive::read_waiver_file(file);
  BOOST_TEST(waivers.file == file.string());
  BOOST_REQUIRE_EQUAL(waivers.waivers.size(), 2u);
  BOOST_TEST(waivers.waivers[0].rule == "xsd-valid");
  BOOST_TEST(waivers.waivers[0].xpath.empty());
  BOOST_TEST(waivers.waivers[0].line == 3);
  BOOST_TEST(waivers.waivers[1].xpath == "/Q{urn:x}a[1]");
  BOOST_TEST(waivers.waivers[1].expires == "2027-01-01");
  BOOST_TEST(waivers.waivers[1].line == 4);
}

BOOST_AUTO_TEST_CASE(missing_attributes_bad_dates_and_wrong_namespaces_are_located_errors) {
  const fs::path dir = test::output_dir("waive-file-invalid");
  const auto no_reason = test::write_file(
      dir / "a.xml",
      "<waivers xmlns='urn:konform:waivers:1'>\n<waiver rule='r' input='i' author='A' "
      "expires='2026-12-31'/>\n</waivers>");
  BOOST_TEST(error_of(no_reason).find("/a.xml:2:") != std::string::npos, error_of(no_reason));
  const auto blank_reason = test::write_file(
      dir / "b.xml",
      "<waivers xmlns='urn:konform:waivers:1'>\n<waiver rule='r' input='i' reason='  ' "
      "author='A' expires='2026-12-31'/>\n</waivers>");
  BOOST_TEST(error_of(blank_reason).find("/b.xml:2:") != std::string::npos, error_of(blank_reason));
  const auto bad_date = test::write_file(
      dir / "c.xml",
      "<waivers xmlns='urn:konform:waivers:1'>\n\n<waiver rule='r' input='i' reason='x' "
      "author='A' expires='2026-02-30'/>\n</waivers>");
  BOOST_TEST(error_of(bad_date).find("/c.xml:3:") != std::string::npos, error_of(bad_date));
  const auto wrong_namespace = test::write_file(dir / "d.xml", "<waivers xmlns='urn:other'/>");
  BOOST_TEST(error_of(wrong_namespace).find("/d.xml:1") != std::string::npos,
             error_of(wrong_namespace));
  const auto doctype = test::write_file(
      dir / "e.xml",
      "<!DOCTYPE waivers [<!ENTITY x 'y'>]>\n<waivers xmlns='urn:konform:waivers:1'/>");
  BOOST_TEST(error_of(doctype).find("/e.xml:1") != std::string::npos, error_of(doctype));
  BOOST_TEST(error_of(dir / "missing.xml").find("cannot read waiver file") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_waiver_file_whose_root_has_a_prefix_is_refused_at_the_root) {
  // The schema accepts a prefixed root; the reader, which takes pugixml's qualified names, not.
  const fs::path dir = test::output_dir("waive-file-prefixed");
  const auto prefixed = test::write_file(
      dir / "p.xml", "<?xml version='1.0'?>\n<w:waivers xmlns:w='urn:konform:waivers:1'/>");
  BOOST_TEST(error_of(prefixed) ==
             prefixed.string() +
                 ":2: waiver file must use the default namespace urn:konform:waivers:1");
}

BOOST_AUTO_TEST_SUITE_END()
