// Writing a file atomically: the new content replaces the old in one rename, the requested
// permission bits hold, and a write that cannot happen leaves no temporary file behind.
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "validator/core/atomic_file.h"
#include "validator/core/config_error.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

mode_t permission_bits(const fs::path& file) {
  struct stat info {};
  BOOST_REQUIRE(::stat(file.c_str(), &info) == 0);
  return info.st_mode & 0777;
}

std::size_t entries_in(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), {}));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_AUTO_TEST_CASE(replaces_the_content_and_sets_the_mode) {
  const fs::path folder = test::output_dir("atomic-file-replace");
  const fs::path file = folder / "konform.lock";
  write_file_atomically(file, "first");
  BOOST_TEST(test::read_text(file) == "first");
  BOOST_TEST(permission_bits(file) == 0644u);
  BOOST_TEST(!try_write_file_atomically(file, {"sec", "ond"}, {.mode = 0600}));
  BOOST_TEST(test::read_text(file) == "second");
  BOOST_TEST(permission_bits(file) == 0600u);
  BOOST_TEST(entries_in(folder) == 1u);  // no temporary file is left beside it
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_an_error_naming_the_file) {
  const fs::path file = test::output_dir("atomic-file-missing") / "no-such-folder" / "x.json";
  BOOST_TEST((try_write_file_atomically(file, {"x"}) == std::errc::no_such_file_or_directory));
  try {
    write_file_atomically(file, "x");
    BOOST_FAIL("no ConfigError");
  } catch (const ConfigError& error) {
    BOOST_TEST(error.located().find("x.json") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(a_failed_rename_keeps_the_old_file_and_removes_the_temporary) {
  const fs::path folder = test::output_dir("atomic-file-rename");
  const fs::path target = folder / "target";
  fs::create_directories(target / "occupied");  // rename() cannot replace a non-empty folder
  BOOST_TEST(static_cast<bool>(try_write_file_atomically(target, {"x"})));
  BOOST_TEST(fs::is_directory(target / "occupied"));
  BOOST_TEST(entries_in(folder) == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
