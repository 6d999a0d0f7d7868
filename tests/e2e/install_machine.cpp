#include "tests/e2e/install_machine.h"

#include <boost/test/unit_test.hpp>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"

namespace konform::test {
namespace fs = std::filesystem;

InstallMachine::InstallMachine(const std::string& name)
    : dir(output_dir("profile-install-" + name)) {}

ProcessResult InstallMachine::konform(const std::vector<std::string>& arguments,
                                      const fs::path& working_dir) const {
  std::vector<std::string> argv{"/usr/bin/env", "XDG_CONFIG_HOME=" + (dir / "config").string(),
                                "XDG_DATA_HOME=" + (dir / "data").string(),
                                konform_binary().string()};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return run_process(argv, "", std::chrono::seconds(60), working_dir);
}

ProcessResult InstallMachine::ok(const std::vector<std::string>& arguments,
                                 const fs::path& working_dir) const {
  auto result = konform(arguments, working_dir);
  BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.out + result.err);
  return result;
}

fs::path InstallMachine::pack(const std::string& name, const std::string& version) const {
  const fs::path source = copy_of_small_profile(dir.filename().string() + "/" + name, version);
  ok({"profile", "pack", source.string(), "--into", source.parent_path().string()});
  return source.parent_path() / ("test.auftrag-" + version + ".kpkg");
}

fs::path InstallMachine::keygen(const std::string& name) const {
  const fs::path keys = dir / ("keys-" + name);
  ok({"profile", "keygen", "--into", keys.string()});
  return keys;
}

fs::path InstallMachine::signed_bundle(const std::string& name, const std::string& version,
                                       const fs::path& keys) const {
  const fs::path bundle = pack(name, version);
  ok({"profile", "sign", bundle.string(), "--key", (keys / "konform.key").string()});
  return bundle;
}

void InstallMachine::lock_and_validate(const std::string& bundle_sha256,
                                       const std::string& key_id) const {
  const fs::path project = dir / "project";
  fs::create_directories(project);
  ok({"profile", "lock", "--profile", "test.auftrag", "--as-of", "2026-06-01"}, project);
  const std::string lock = read_text(project / "konform.lock");
  BOOST_TEST(lock.find("bundle=\"" + bundle_sha256 + "\" signedBy=\"" + key_id + "\"") !=
                 std::string::npos,
             lock);
  const fs::path sample = source_dir() / "tests/e2e/data/auftrag-profile/tests/bestellung.xml";
  const auto validated = konform(
      {"validate", "--profile", "test.auftrag", "--as-of", "2026-06-01", sample.string()}, project);
  BOOST_TEST(validated.exit_code == 0, validated.out + validated.err);
  BOOST_TEST(validated.out.find("profiles match the lock file konform.lock") != std::string::npos,
             validated.out);
}

void refused(const InstallMachine& machine, const std::vector<std::string>& arguments,
             const std::string& message) {
  const auto before = listing(machine.store());
  const auto result = machine.konform(arguments);
  BOOST_TEST_MESSAGE("konform " << arguments[0] << " " << arguments[1] << ": " << result.err);
  BOOST_TEST(result.exit_code == 2, result.out + result.err);
  BOOST_TEST(result.err.find(message) != std::string::npos, result.err);
  BOOST_TEST(listing(machine.store()) == before);
}

std::string sha256_hex_of(const fs::path& file) {
  return run_process({"/usr/bin/sha256sum", file.string()}).out.substr(0, 64);
}

std::string key_id_of(const ProcessResult& keygen_or_trust) {
  const auto at = keygen_or_trust.out.find("key ");
  return at == std::string::npos ? "" : keygen_or_trust.out.substr(at + 4, 16);
}

}  // namespace konform::test
