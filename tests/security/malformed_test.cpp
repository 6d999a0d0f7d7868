// Broken bytes: each input below is not well-formed XML 1.0 and must get a located xml-wellformed
// finding (line >= 1), exit 1, within the time budget. Inputs that are generated (random bytes,
// NUL, UTF-16) are written by the test; the others are fixtures in cases/.
#include <boost/test/unit_test.hpp>

#include <random>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

void expect_fixture_not_wellformed(const std::string& fixture) {
  const fs::path dir = output_dir("security/" + fs::path(fixture).stem().string());
  expect_message_finding(instantiate(fixture, dir), "xml-wellformed");
}

/// A small message with the profile's root element around `content`.
std::string message_with(const std::string& content) {
  return profile_root_open() + content + profile_root_close() + "\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(malformed)

BOOST_AUTO_TEST_CASE(truncated_file) { expect_fixture_not_wellformed("truncated.xml"); }

BOOST_AUTO_TEST_CASE(invalid_utf8) { expect_fixture_not_wellformed("invalid-utf8.xml"); }

BOOST_AUTO_TEST_CASE(empty_file) { expect_fixture_not_wellformed("empty.xml"); }

BOOST_AUTO_TEST_CASE(prolog_only) { expect_fixture_not_wellformed("prolog-only.xml"); }

BOOST_AUTO_TEST_CASE(random_bytes_named_xml) {
  const fs::path dir = output_dir("security/binary-random");
  std::mt19937 generator(20261126);  // fixed seed: the same bytes on every run
  std::uniform_int_distribution<int> byte(0, 255);
  std::string bytes;
  for (int i = 0; i < 64 * 1024; ++i) bytes.push_back(static_cast<char>(byte(generator)));
  write_text(dir / "binary-random.xml", bytes);
  expect_message_finding(dir / "binary-random.xml", "xml-wellformed");
}

BOOST_AUTO_TEST_CASE(nul_byte_in_content) {
  const fs::path dir = output_dir("security/nul-byte");
  write_text(dir / "nul-byte.xml", message_with(std::string("before") + '\0' + "after"));
  expect_message_finding(dir / "nul-byte.xml", "xml-wellformed");
}

BOOST_AUTO_TEST_CASE(utf16_without_bom_and_without_declaration) {
  // XML 1.0 §4.3.3 / appendix F: without a BOM or an encoding declaration an entity is UTF-8,
  // so UTF-16LE bytes (every other byte 0x00) are not well-formed.
  const fs::path dir = output_dir("security/utf16-no-bom");
  std::string utf16;
  for (char c : message_with("<xdg:betrieb>x</xdg:betrieb>")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  write_text(dir / "utf16-no-bom.xml", utf16);
  expect_message_finding(dir / "utf16-no-bom.xml", "xml-wellformed");
}

BOOST_AUTO_TEST_SUITE_END()
