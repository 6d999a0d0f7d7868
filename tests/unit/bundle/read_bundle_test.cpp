// Reading a bundle checks every entry on the way out: names that leave the folder, links, files
// that differ from the manifest, files it lacks or does not list are each refused by name.
#include "validator/bundle/read_bundle.h"

#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/support/test_archives.h"
#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"
#include "validator/bundle/pack_bundle.h"
#include "validator/core/config_error.h"
#include "validator/core/sha256.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::bundle;

namespace {

const std::string kSchema = "<schema/>\n";

std::string manifest_for(const std::vector<test::ArchiveEntry>& files) {
  BundleManifest manifest{"test.evil", "1.0.0", {}};
  for (const auto& file : files) {
    manifest.files.push_back({file.name, file.text.size(), sha256_hex(file.text)});
  }
  return manifest_json(manifest);
}

/// The refusal of a hand-made bundle: `listed` in the manifest, `entries` in the archive.
std::string refusal(const std::string& name, const std::vector<test::ArchiveEntry>& listed,
                    std::vector<test::ArchiveEntry> entries) {
  const fs::path file = test::output_dir("bundle-read-" + name) / "evil.kpkg";
  entries.insert(entries.begin(), {kBundleManifestName, manifest_for(listed), ""});
  test::write_archive(file, test::ArchiveKind::tar_gz, entries);
  return test::config_error_of([&] { read_bundle(file); });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(read_bundle_refusals)

BOOST_AUTO_TEST_CASE(a_packed_bundle_unpacks_to_the_same_files) {
  const fs::path dir = test::copy_of_small_profile("bundle-unpack");
  const auto packed = pack_profile(dir, dir.parent_path());
  const fs::path into = dir.parent_path() / "unpacked";
  unpack_bundle(read_bundle(packed.file), into);
  for (const auto& file : packed.manifest.files) {
    BOOST_TEST(test::file_bytes(into / file.path) == test::file_bytes(dir / file.path), file.path);
  }
  BOOST_TEST(fs::exists(into / kBundleManifestName));
}

BOOST_AUTO_TEST_CASE(a_file_changed_after_packing_is_refused) {
  const std::string message = refusal("tampered", {{"xsd/a.xsd", kSchema, ""}},
                                      {{"xsd/a.xsd", "<schema evil='1'/>\n", ""}});
  BOOST_TEST(message.find("bundle entry 'xsd/a.xsd' refused: its content differs from the "
                          "manifest's SHA-256") != std::string::npos,
             message);
}

BOOST_AUTO_TEST_CASE(a_dotdot_entry_is_refused) {
  const std::string message = refusal("dotdot", {}, {{"xsd/../../evil.xsd", kSchema, ""}});
  BOOST_TEST(message.find("bundle entry 'xsd/../../evil.xsd' refused: a '..' step leads out") !=
                 std::string::npos,
             message);
}

BOOST_AUTO_TEST_CASE(an_absolute_entry_is_refused) {
  const std::string message = refusal("absolute", {}, {{"/tmp/evil.xsd", kSchema, ""}});
  BOOST_TEST(message.find("refused: an absolute path") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(a_symlink_entry_is_refused) {
  const std::string message = refusal("symlink", {}, {{"xsd/link.xsd", "", "/etc/passwd"}});
  BOOST_TEST(message.find("bundle entry 'xsd/link.xsd' refused: a link") != std::string::npos,
             message);
}

BOOST_AUTO_TEST_CASE(a_file_the_manifest_does_not_list_is_refused) {
  const std::string message = refusal("extra", {}, {{"xsd/extra.xsd", kSchema, ""}});
  BOOST_TEST(
      message.find("'xsd/extra.xsd' refused: the manifest does not list it") != std::string::npos,
      message);
}

BOOST_AUTO_TEST_CASE(a_listed_file_the_bundle_lacks_is_refused) {
  const std::string message = refusal("missing", {{"xsd/a.xsd", kSchema, ""}}, {});
  BOOST_TEST(message.find("'xsd/a.xsd' refused: the manifest lists it but the bundle lacks it") !=
                 std::string::npos,
             message);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_no_archive_is_refused_clearly) {
  const fs::path file = test::output_dir("bundle-read-garbage") / "garbage.kpkg";
  std::ofstream(file) << "not an archive";
  BOOST_CHECK_EXCEPTION(read_bundle(file), ConfigError, [](const ConfigError& e) {
    return e.located().find("damaged or not a bundle") != std::string::npos;
  });
}

BOOST_AUTO_TEST_SUITE_END()
