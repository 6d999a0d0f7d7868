// konform.lock: writing, reading back, and the checks `konform validate` runs against it.
#include "validator/lock/lock_file.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"
#include "validator/lock/lock_check.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

const std::string kHashA(64, 'a');
const std::string kHashB(64, 'b');

lock::LockFile sample_lock() {
  lock::LockFile file;
  file.profiles.push_back({"de.test", "1.0.0", "state", kHashA, {}, 0});
  file.profiles[0].artefacts.push_back({{"profile.xml", kHashA}, 0});
  file.profiles[0].artefacts.push_back({{"xsd/a & b.xsd", kHashB}, 0});
  return file;
}

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

/// A profile folder with two artefacts and a lock matching it.
std::pair<Profile, lock::LockFile> locked_profile(const std::string& name) {
  const fs::path dir = test::output_dir(name);
  test::write_file(dir / "profile.xml", "<profile/>");
  test::write_file(dir / "xsd" / "a.xsd", "<schema/>");
  Profile profile;
  profile.id = "de.test";
  profile.version = "1.0.0";
  profile.dir = dir;
  lock::LockFile file;
  file.file = "konform.lock";
  file.profiles.push_back({"de.test", "1.0.0", "state", "", {}, 2});
  file.profiles[0].artefacts.push_back({{"profile.xml", sha256_of_file(dir / "profile.xml")}, 3});
  file.profiles[0].artefacts.push_back({{"xsd/a.xsd", sha256_of_file(dir / "xsd" / "a.xsd")}, 4});
  return {profile, file};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lock_file)

BOOST_AUTO_TEST_CASE(a_written_lock_reads_back_the_same) {
  std::ostringstream out;
  lock::write_lock_file(sample_lock(), out);
  const fs::path file =
      test::write_file(test::output_dir("lock-roundtrip") / "konform.lock", out.str());
  const lock::LockFile read = lock::read_lock_file(file);
  BOOST_TEST(read.file == file.string());
  BOOST_REQUIRE_EQUAL(read.profiles.size(), 1u);
  BOOST_TEST(read.profiles[0].id == "de.test");
  BOOST_TEST(read.profiles[0].level == "state");
  BOOST_TEST(read.profiles[0].sha256 == kHashA);
  BOOST_TEST(read.profiles[0].line == 5);  // after the two-line comment
  BOOST_REQUIRE_EQUAL(read.profiles[0].artefacts.size(), 2u);
  BOOST_TEST(read.profiles[0].artefacts[1].digest.path == "xsd/a & b.xsd");
  BOOST_TEST(read.profiles[0].artefacts[1].digest.sha256 == kHashB);
  BOOST_TEST(read.profiles[0].artefacts[1].line == 7);
}

BOOST_AUTO_TEST_CASE(lock_of_takes_the_compiled_chain_and_its_artefacts) {
  CompiledProfile compiled;
  compiled.profiles.push_back({"de.test", "1.0.0", "state", kHashA, "P"});
  compiled.artefacts.push_back({{"profile.xml", kHashB}});
  const lock::LockFile file = lock::lock_of(compiled);
  BOOST_REQUIRE_EQUAL(file.profiles.size(), 1u);
  BOOST_TEST(file.profiles[0].sha256 == kHashA);
  BOOST_TEST(file.profiles[0].artefacts.at(0).digest.sha256 == kHashB);
}

BOOST_AUTO_TEST_CASE(a_chain_with_two_versions_of_one_id_is_not_locked) {
  // A lock pins one version per id: writing one would silently drop a version side by side.
  CompiledProfile compiled;
  compiled.profiles.push_back({"de.test", "2.0.0", "other", kHashA, "P"});
  compiled.profiles.push_back({"de.test", "3.0.0", "other", kHashB, "P"});
  const std::string error = error_of([&] { lock::lock_of(compiled); });
  BOOST_TEST(error.find("de.test in versions 2.0.0 and 3.0.0 side by side") != std::string::npos,
             error);
}

BOOST_AUTO_TEST_CASE(malformed_locks_are_located_errors) {
  const fs::path dir = test::output_dir("lock-malformed");
  const auto bad_hash = test::write_file(
      dir / "a.lock",
      "<lock xmlns='urn:konform:lock:2'>\n<profile id='x' version='1.0.0' sha256='" + kHashA +
          "'>\n<artefact path='p.xml' sha256='XYZ'/>\n</profile>\n</lock>");
  BOOST_TEST(error_of([&] { lock::read_lock_file(bad_hash); }).find("/a.lock:3:") !=
             std::string::npos);
  const auto escape = test::write_file(
      dir / "b.lock",
      "<lock xmlns='urn:konform:lock:2'>\n<profile id='x' version='1.0.0' sha256='" + kHashA +
          "'>\n<artefact path='a/../../etc/passwd' sha256='" + kHashA + "'/>\n</profile>\n</lock>");
  const std::string escape_error = error_of([&] { lock::read_lock_file(escape); });
  BOOST_TEST(escape_error.find("/b.lock:3") != std::string::npos, escape_error);
  BOOST_TEST(escape_error.find("leaves the profile folder") != std::string::npos);
  const auto duplicate = test::write_file(
      dir / "c.lock",
      "<lock xmlns='urn:konform:lock:2'>\n<profile id='x' version='1.0.0' sha256='" + kHashA +
          "'><artefact path='p' sha256='" + kHashA +
          "'/></profile>\n<profile id='x' version='2.0.0' sha256='" + kHashA +
          "'><artefact path='p' sha256='" + kHashA + "'/></profile></lock>");
  BOOST_TEST(error_of([&] { lock::read_lock_file(duplicate); }).find("/c.lock:") !=
             std::string::npos);
  const auto other = test::write_file(dir / "d.lock", "<lock xmlns='urn:other'/>");
  BOOST_TEST(error_of([&] { lock::read_lock_file(other); }).find("/d.lock:1") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_lock_whose_root_has_a_prefix_is_refused_at_the_root) {
  // The schema accepts a prefixed root; the reader, which takes pugixml's qualified names, not.
  const fs::path dir = test::output_dir("lock-prefixed");
  const auto prefixed = test::write_file(
      dir / "p.lock",
      "<?xml version='1.0'?>\n<l:lock xmlns:l='urn:konform:lock:2'>\n"
      "<l:profile id='x' version='1.0.0' sha256='" +
          kHashA + "'><l:artefact path='p' sha256='" + kHashA + "'/></l:profile>\n</l:lock>");
  BOOST_TEST(error_of([&] { lock::read_lock_file(prefixed); }) ==
             prefixed.string() + ":2: lock file must use the default namespace urn:konform:lock:2");
}

BOOST_AUTO_TEST_CASE(verify_chain_names_profile_artefact_and_both_hashes) {
  auto [profile, file] = locked_profile("lock-verify-chain");
  BOOST_TEST(error_of([&] { lock::verify_chain(file, {profile}); }).empty());

  const std::string expected = file.profiles[0].artefacts[1].digest.sha256;
  test::write_file(profile.dir / "xsd" / "a.xsd", "<schema changed='yes'/>");
  const std::string actual = sha256_of_file(profile.dir / "xsd" / "a.xsd");
  const std::string error = error_of([&] { lock::verify_chain(file, {profile}); });
  BOOST_TEST(error.find("konform.lock:4: profile de.test 1.0.0: artefact xsd/a.xsd has changed: "
                        "expected sha256 " +
                        expected + ", actual " + actual) == 0,
             error);

  fs::remove(profile.dir / "profile.xml");
  const std::string two = error_of([&] { lock::verify_chain(file, {profile}); });
  BOOST_TEST(two.find("artefact profile.xml is missing") != std::string::npos, two);
  BOOST_TEST(two.find("and 1 more difference:") != std::string::npos, two);
}

BOOST_AUTO_TEST_CASE(verify_chain_requires_exactly_the_locked_ids_and_versions) {
  auto [profile, file] = locked_profile("lock-verify-ids");
  Profile other = profile;
  other.id = "de.extra";
  BOOST_TEST(error_of([&] {
               lock::verify_chain(file, {profile, other});
             }).find("profile de.extra 1.0.0 is in the resolved chain but not in the lock") !=
             std::string::npos);
  BOOST_TEST(error_of([&] {
               lock::verify_chain(file, {});
             }).find("profile de.test 1.0.0 is locked but not in the resolved chain") !=
             std::string::npos);
  profile.version = "1.1.0";
  BOOST_TEST(error_of([&] {
               lock::verify_chain(file, {profile});
             }).find("the lock pins version 1.0.0, but 1.1.0 was resolved") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(verify_compiled_finds_added_and_dropped_artefacts) {
  auto [profile, file] = locked_profile("lock-verify-compiled");
  CompiledProfile compiled;
  compiled.profiles.push_back({"de.test", "1.0.0", "state", "", ""});
  std::vector<ArtefactDigest> digests;
  for (const auto& artefact : file.profiles[0].artefacts) digests.push_back(artefact.digest);
  compiled.artefacts.push_back(digests);
  BOOST_TEST(error_of([&] { lock::verify_compiled(file, compiled); }).empty());

  compiled.artefacts[0].push_back({"xsd/imported.xsd", kHashB});
  compiled.artefacts[0].erase(compiled.artefacts[0].begin());
  const std::string error = error_of([&] { lock::verify_compiled(file, compiled); });
  BOOST_TEST(error.find("artefact xsd/imported.xsd is not in the lock: expected none, actual "
                        "sha256 " +
                        kHashB) != std::string::npos,
             error);
  BOOST_TEST(error.find("artefact profile.xml is locked but no longer used") != std::string::npos,
             error);
}

BOOST_AUTO_TEST_CASE(the_waiver_file_reads_back_and_must_match_what_validate_applies) {
  lock::LockFile written = sample_lock();
  const fs::path dir = test::output_dir("lock-waivers");
  const fs::path waivers = test::write_file(dir / "konform-waivers.xml", "<waivers/>");
  written.waivers = lock::LockedWaivers{"konform-waivers.xml", sha256_of_file(waivers), 0};
  std::ostringstream out;
  lock::write_lock_file(written, out);
  const lock::LockFile read = lock::read_lock_file(test::write_file(dir / "k.lock", out.str()));
  BOOST_REQUIRE(read.waivers.has_value());
  BOOST_TEST(read.waivers->path == "konform-waivers.xml");
  BOOST_TEST(read.waivers->line == 9);
  BOOST_TEST(error_of([&] { lock::verify_waivers(read, waivers, false); }).empty());
  BOOST_TEST(error_of([&] { lock::verify_waivers(read, std::nullopt, true); }).empty());
  BOOST_TEST(error_of([&] {
               lock::verify_waivers(read, std::nullopt, false);
             }).find("k.lock:9: waiver file konform-waivers.xml is missing") != std::string::npos);
  test::write_file(waivers, "<waivers changed='yes'/>");
  const std::string changed = error_of([&] { lock::verify_waivers(read, waivers, false); });
  BOOST_TEST(changed.find("has changed: expected sha256 " + read.waivers->sha256 + ", actual " +
                          sha256_of_file(waivers)) != std::string::npos,
             changed);
  BOOST_TEST(changed.find("run `konform profile lock` again") != std::string::npos, changed);
  BOOST_TEST(error_of([&] {
               lock::verify_waivers(sample_lock(), waivers, false);
             }).find("is not in the lock: expected none") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_lock_of_format_1_is_refused_with_the_fix) {
  const auto old = test::write_file(
      test::output_dir("lock-format-1") / "konform.lock",
      "<?xml version='1.0'?>\n<lock xmlns='urn:konform:lock:1'>\n<profile id='x' version='1.0.0' "
      "sha256='" +
          kHashA + "'>\n<artefact path='p.xml' sha256='" + kHashA + "'/>\n</profile>\n</lock>");
  const std::string error = error_of([&] { lock::read_lock_file(old); });
  BOOST_TEST(error.find("konform.lock:2: lock file of format 1") != std::string::npos, error);
  BOOST_TEST(error.find("run `konform profile lock` again") != std::string::npos, error);
}

BOOST_AUTO_TEST_SUITE_END()
