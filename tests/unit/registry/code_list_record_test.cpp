// codelists.sha256 as konform writes and reads it: a record read back as written, comments and
// blank lines skipped, and a line that is not four tab-separated fields refused with its number.
#include <boost/test/unit_test.hpp>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"
#include "validator/registry/code_list_record.h"

using namespace konform::registry;
using konform::test::config_error_of;

namespace {

const std::string kSha256(64, 'c');

}  // namespace

BOOST_AUTO_TEST_SUITE(code_list_record)

BOOST_AUTO_TEST_CASE(a_record_reads_back_as_written) {
  const auto folder = konform::test::output_dir("unit-code-list-record-round-trip");
  BOOST_TEST(read_code_list_record(folder).empty());
  const CodeListRecord record{
      {"urn:x:liste_1.0.xml",
       {kSha256, "http://127.0.0.1:1/api/x/genericode", "2026-12-06T14:00:00Z"}}};
  write_code_list_record(folder, record);
  const CodeListRecord read = read_code_list_record(folder);
  BOOST_REQUIRE(read.size() == 1u);
  BOOST_TEST(read.at("urn:x:liste_1.0.xml").sha256 == kSha256);
  BOOST_TEST(read.at("urn:x:liste_1.0.xml").url == "http://127.0.0.1:1/api/x/genericode");
  BOOST_TEST(read.at("urn:x:liste_1.0.xml").fetched_at == "2026-12-06T14:00:00Z");
}

BOOST_AUTO_TEST_CASE(a_malformed_line_is_refused_with_its_number) {
  const auto folder = konform::test::output_dir("unit-code-list-record-malformed");
  konform::test::write_text(folder / kCodeListRecordName,
                            "# comment\n\n" + kSha256 +
                                "\tok.xml\thttp://h/x\t2026-12-06T14:00:00Z\n" + kSha256 +
                                "  sha256sum-style.xml\n");
  const std::string error = config_error_of([&] { read_code_list_record(folder); });
  BOOST_TEST(error.find("codelists.sha256:4: not a record line") != std::string::npos, error);
  konform::test::write_text(folder / kCodeListRecordName,
                            "NOT-A-HASH\tok.xml\thttp://h/x\t2026-12-06T14:00:00Z\n");
  BOOST_TEST(!config_error_of([&] { read_code_list_record(folder); }).empty());
}

BOOST_AUTO_TEST_SUITE_END()
