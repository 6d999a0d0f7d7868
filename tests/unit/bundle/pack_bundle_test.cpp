// Packing: the same files give the same bytes whatever their times and modes; the manifest lists
// every file with its SHA-256; links and a bundle written into its own profile are refused.
#include "validator/bundle/pack_bundle.h"

#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"
#include "validator/bundle/read_bundle.h"
#include "validator/core/config_error.h"
#include "validator/core/sha256.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::bundle;

namespace {

std::string refusal_of_pack(const fs::path& dir, const fs::path& into) {
  return test::config_error_of([&] { pack_profile(dir, into); });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pack_bundle)

BOOST_AUTO_TEST_CASE(packing_twice_gives_the_same_bytes_whatever_the_files_times_and_modes) {
  const fs::path dir = test::copy_of_small_profile("bundle-reproducible");
  const auto first = pack_profile(dir, dir.parent_path() / "first");
  BOOST_TEST(first.file.filename() == "test.auftrag-1.2.0.kpkg");
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    fs::last_write_time(entry.path(), fs::file_time_type::clock::now() - std::chrono::hours(900));
    if (entry.is_regular_file()) fs::permissions(entry.path(), fs::perms::owner_all);
  }
  const auto second = pack_profile(dir, dir.parent_path() / "second");
  BOOST_TEST(first.sha256 == second.sha256);
  BOOST_TEST(test::file_bytes(first.file) == test::file_bytes(second.file));
  BOOST_TEST(sha256_hex(test::file_bytes(first.file)) == first.sha256);
  // gzip's header (RFC 1952) carries a modification time at bytes 4-7: none, or packing a second
  // later would differ.
  const std::string bytes = test::file_bytes(first.file);
  BOOST_REQUIRE(bytes.size() > 10);
  BOOST_TEST(bytes.substr(0, 2) == "\x1f\x8b");
  BOOST_TEST(bytes.substr(4, 4) == std::string(4, '\0'));
}

BOOST_AUTO_TEST_CASE(the_manifest_lists_every_file_sorted_with_its_hash) {
  const fs::path dir = test::copy_of_small_profile("bundle-manifest");
  const auto packed = pack_profile(dir, dir.parent_path());
  BOOST_TEST(packed.manifest.id == "test.auftrag");
  BOOST_TEST(packed.manifest.version == "1.2.0");
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) files += entry.is_regular_file();
  BOOST_TEST(packed.manifest.files.size() == files);
  BOOST_TEST(std::is_sorted(packed.manifest.files.begin(), packed.manifest.files.end(),
                            [](const auto& a, const auto& b) { return a.path < b.path; }));
  for (const auto& file : packed.manifest.files) {
    BOOST_TEST(file.sha256 == sha256_hex(test::file_bytes(dir / file.path)), file.path);
  }
  const auto contents = read_bundle(packed.file);
  BOOST_TEST((contents.manifest.files == packed.manifest.files));
}

BOOST_AUTO_TEST_CASE(a_link_in_the_profile_folder_is_refused_not_left_out) {
  const fs::path dir = test::copy_of_small_profile("bundle-pack-link");
  fs::create_symlink("/etc/passwd", dir / "rules" / "passwd");
  const std::string message = refusal_of_pack(dir, dir.parent_path());
  BOOST_TEST(message.find("cannot pack: a link") != std::string::npos, message);
  BOOST_TEST(message.find("rules/passwd") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(a_bundle_written_into_the_folder_it_packs_is_refused) {
  const fs::path dir = test::copy_of_small_profile("bundle-pack-inside");
  const std::string message = refusal_of_pack(dir, dir / "dist");
  BOOST_TEST(message.find("inside the profile folder it packs") != std::string::npos, message);
}

BOOST_AUTO_TEST_SUITE_END()
