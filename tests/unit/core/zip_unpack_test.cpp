// The one zip reader (XÖV releases, candidate uploads): what a hostile zip may try is refused,
// naming the entry, and nothing lands outside the folder; a zip bomb stops at the byte limit
// with a LimitError (too large, not malformed).
#include <boost/test/unit_test.hpp>

#include "tests/support/files.h"
#include "tests/support/test_archives.h"
#include "tests/support/test_paths.h"
#include "validator/core/archive_entry_name.h"
#include "validator/core/config_error.h"
#include "validator/core/limit_error.h"
#include "validator/core/zip_unpack.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

constexpr ZipLimits kLimits{10, 1 << 20};

std::string zip_bytes(const std::string& name, const std::vector<test::ArchiveEntry>& entries) {
  const fs::path zip = test::output_dir("zip-unpack-" + name) / "in.zip";
  test::write_archive(zip, test::ArchiveKind::zip, entries);
  return test::read_text(zip);
}

/// The ConfigError unpacking `entries` from memory raises, or "(no error)"; a LimitError's starts
/// with "too large: ".
std::string refusal(const std::string& name, const std::vector<test::ArchiveEntry>& entries,
                    const ZipLimits& limits = kLimits) {
  const std::string bytes = zip_bytes(name, entries);
  const fs::path into = test::output_dir("zip-unpack-" + name) / "out";
  try {
    unpack_zip({"upload.zip", std::nullopt, bytes}, into, limits);
  } catch (const LimitError& error) {
    return "too large: " + error.located();
  } catch (const ConfigError& error) {
    BOOST_TEST(!fs::exists(into.parent_path() / "evil.xml"));
    return error.located();
  }
  return "(no error)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(zip_unpack)

BOOST_AUTO_TEST_CASE(a_plain_zip_unpacks_from_memory_with_its_folders) {
  const std::string bytes =
      zip_bytes("plain", {{"dir/", "", ""}, {"dir/a.xml", "<a/>", ""}, {"b.yml", "x: 1", ""}});
  const fs::path into = test::output_dir("zip-unpack-plain") / "out";
  unpack_zip({"upload.zip", std::nullopt, bytes}, into, kLimits);
  BOOST_TEST(test::read_text(into / "dir/a.xml") == "<a/>");
  BOOST_TEST(test::read_text(into / "b.yml") == "x: 1");
}

BOOST_AUTO_TEST_CASE(entries_leading_out_or_linking_are_refused_by_name) {
  BOOST_TEST(refusal("dotdot", {{"../evil.xml", "<a/>", ""}})
                 .find("zip entry '../evil.xml' refused: a '..' step leads out") !=
             std::string::npos);
  BOOST_TEST(refusal("absolute", {{"/tmp/evil.xml", "<a/>", ""}}).find("an absolute path") !=
             std::string::npos);
  // libarchive may turn a backslash into a slash: either way the entry is refused.
  BOOST_TEST(refusal("backslash", {{"a\\..\\evil.xml", "<a/>", ""}}).find("refused") !=
             std::string::npos);
  BOOST_TEST(refusal("link", {{"a.xml", "", "/etc/passwd"}})
                 .rfind("upload.zip: zip entry 'a.xml' refused: a link", 0) == 0);
  BOOST_TEST(refusal("clash", {{"a.xml", "<a/>", ""}, {"a.xml/b.xml", "<b/>", ""}})
                 .find("clashes with another entry") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_zip_bomb_stops_at_the_byte_limit) {
  const std::string message =
      refusal("bomb", {{"zeros.xml", std::string(4 << 20, '0'), ""}}, {10, 1 << 20});
  BOOST_TEST(message.rfind("too large: ", 0) == 0, message);  // a limit, not a malformed zip
  BOOST_TEST(message.find("unpacks to more than 1048576 bytes") != std::string::npos, message);
  BOOST_TEST(message.find("upload.zip") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(more_entries_than_the_limit_are_refused) {
  BOOST_TEST(
      refusal("many", {{"a.xml", "a", ""}, {"b.xml", "b", ""}, {"c.xml", "c", ""}}, {2, 1 << 20})
          .rfind("too large: upload.zip: zip entry 'c.xml' refused: more than 2 entries", 0) == 0);
}

BOOST_AUTO_TEST_CASE(bytes_that_are_no_zip_are_damaged) {
  const fs::path into = test::output_dir("zip-unpack-damaged") / "out";
  const ZipSource junk{"upload.zip", std::nullopt, "PK\x03\x04 not really"};
  BOOST_CHECK_THROW(unpack_zip(junk, into, kLimits), ConfigError);
}

BOOST_AUTO_TEST_CASE(entry_names_are_plain_relative_paths) {
  BOOST_TEST(!check_entry_name("a/b.xml"));
  for (const std::string name : {"", "/a", "C:/a", "a\\b", "a/../b", "./a", "a//b", ".."}) {
    BOOST_TEST(static_cast<bool>(check_entry_name(name)), name);
  }
}

BOOST_AUTO_TEST_SUITE_END()
