// A registry anyone can host, on the built binary against tests/tools/registry_server.py on
// 127.0.0.1: the publisher-to-user round trip (pack, sign with konform and with minisign, publish
// index.json, search, install from the registry, update, lock, validate), then every attack on
// the way — a tampered bundle, a wrong key, a key outside its scope, a replayed older release, a
// truncated or oversized download, a stalling server, an index or a redirect leaving its host,
// plain http — refused with its message and the store unchanged.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/e2e/install_machine.h"
#include "tests/e2e/registry_server.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

struct Listed {
  std::string version;
  fs::path bundle;         ///< copied into the registry's bundles/ folder
  std::string bundle_url;  ///< empty: bundles/<file name>, relative to the index
};

/// Publishes `releases` of test.auftrag into `<machine>/<name>/`: bundles/ and index.json.
fs::path publish(const InstallMachine& machine, const std::string& name,
                 const std::vector<Listed>& releases) {
  const fs::path root = machine.dir / name;
  nlohmann::json listed = nlohmann::json::array();
  for (const auto& release : releases) {
    const std::string file = release.version + "/" + release.bundle.filename().string();
    fs::create_directories(root / "bundles" / release.version);
    fs::copy_file(release.bundle, root / "bundles" / file, fs::copy_options::overwrite_existing);
    fs::copy_file(release.bundle.string() + ".minisig", root / "bundles" / (file + ".minisig"),
                  fs::copy_options::overwrite_existing);
    const std::string url = release.bundle_url.empty() ? "bundles/" + file : release.bundle_url;
    listed.push_back({{"version", release.version},
                      {"bundle", url},
                      {"sha256", sha256_hex_of(release.bundle)},
                      {"signature", "bundles/" + file + ".minisig"}});
  }
  const nlohmann::json index{{"format", "konform-registry-1"},
                             {"profiles", {{{"id", "test.auftrag"}, {"releases", listed}}}}};
  std::ofstream(root / "index.json") << index.dump(2);
  return root;
}

/// `profile install test.auftrag[@range] --registry URL` with loopback http allowed.
std::vector<std::string> install_from(const RegistryServer& server, const std::string& wanted,
                                      const std::vector<std::string>& more = {}) {
  std::vector<std::string> arguments{"profile",    "install",    wanted,
                                     "--registry", server.url(), "--allow-loopback-http"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return arguments;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_registry)

BOOST_AUTO_TEST_CASE(a_release_published_to_a_registry_installs_updates_and_validates_locked) {
  BOOST_REQUIRE_MESSAGE(fs::exists(kMinisign), "minisign is missing: run ci/setup.sh");
  const InstallMachine machine("registry-round-trip");
  const fs::path keys = machine.keygen("publisher");
  const fs::path older = machine.signed_bundle("release-1.2.0", "1.2.0", keys);
  const fs::path pub = machine.dir / "minisign.pub";
  const fs::path key = machine.dir / "minisign.key";
  BOOST_REQUIRE(
      run_process({kMinisign.string(), "-G", "-W", "-p", pub.string(), "-s", key.string()})
          .exit_code == 0);
  const fs::path newer = machine.pack("release-1.3.0", "1.3.0");
  BOOST_REQUIRE(run_process({kMinisign.string(), "-S", "-s", key.string(), "-m", newer.string(),
                             "-t", "konform-bundle id=test.auftrag version=1.3.0"})
                    .exit_code == 0);
  machine.ok({"trust", "add", (keys / "konform.pub").string(), "--for", "test.*"});
  const std::string minisign_key =
      key_id_of(machine.ok({"trust", "add", pub.string(), "--for", "test.auftrag"}));
  const RegistryServer server(
      publish(machine, "registry", {{"1.2.0", older, ""}, {"1.3.0", newer, ""}}));

  const auto found = machine.ok(
      {"profile", "search", "auftrag", "--registry", server.url(), "--allow-loopback-http"});
  BOOST_TEST(
      found.out.find("test.auftrag 1.3.0  " + server.url() + "bundles/") != std::string::npos,
      found.out);
  BOOST_TEST(found.out.find("test.auftrag 1.2.0") != std::string::npos, found.out);

  refused(machine, {"profile", "install", "test.auftrag", "--registry", server.url()},
          "refused: konform fetches only https:// URLs (plain http to a loopback address with "
          "--allow-loopback-http)");

  const auto first = machine.ok(install_from(server, "test.auftrag@~1.2"));
  BOOST_TEST(first.out.find("konform: installed test.auftrag 1.2.0") != std::string::npos,
             first.out);
  const auto updated =
      machine.ok({"profile", "update", "--registry", server.url(), "--allow-loopback-http"});
  BOOST_TEST(updated.out.find("konform: installed test.auftrag 1.3.0 (key " + minisign_key) !=
                 std::string::npos,
             updated.out);
  const auto again =
      machine.ok({"profile", "update", "--registry", server.url(), "--allow-loopback-http"});
  BOOST_TEST(again.out.find("test.auftrag 1.3.0 is up to date (^1.3.0)") != std::string::npos,
             again.out);
  const auto by_url =
      machine.ok({"profile", "install", server.url() + "bundles/1.3.0/" + newer.filename().string(),
                  "--allow-loopback-http"});
  BOOST_TEST(by_url.out.find("already installed: test.auftrag 1.3.0") != std::string::npos,
             by_url.out);

  machine.lock_and_validate(sha256_hex_of(newer), minisign_key);
}

BOOST_AUTO_TEST_CASE(every_attack_through_a_registry_is_refused_and_the_store_unchanged) {
  const InstallMachine machine("registry-refusals");
  const fs::path keys = machine.keygen("trusted");
  const fs::path stranger_keys = machine.keygen("stranger");
  const fs::path narrow_keys = machine.keygen("narrow");
  machine.ok({"trust", "add", (keys / "konform.pub").string(), "--for", "test.*"});
  machine.ok({"trust", "add", (narrow_keys / "konform.pub").string(), "--for", "de.sn.*"});
  const fs::path current = machine.signed_bundle("current", "1.3.0", keys);
  const fs::path next = machine.signed_bundle("next", "1.4.0", keys);
  const fs::path older = machine.signed_bundle("older", "1.2.0", keys);
  {
    const RegistryServer server(publish(machine, "honest", {{"1.3.0", current, ""}}));
    machine.ok(install_from(server, "test.auftrag"));
  }
  const std::string next_path = "/bundles/1.4.0/" + next.filename().string();

  {  // the bundle on the server changed after it was listed
    const fs::path root = publish(machine, "tampered", {{"1.4.0", next, ""}});
    std::ofstream(root / next_path.substr(1), std::ios::binary | std::ios::app) << "x";
    const RegistryServer server(root);
    refused(machine, install_from(server, "test.auftrag"),
            "refused: the bundle's SHA-256 is " + sha256_hex_of(root / next_path.substr(1)) +
                ", the registry's index lists " + sha256_hex_of(next) +
                " (tampered with, or changed after it was listed)");
  }
  {  // the index lists the tampered bundle's hash too: the signature still catches it
    const fs::path tampered = machine.signed_bundle("tampered-signed", "1.4.0", keys);
    std::ofstream(tampered, std::ios::binary | std::ios::app) << "x";
    const RegistryServer server(publish(machine, "tampered-listed", {{"1.4.0", tampered, ""}}));
    refused(machine, install_from(server, "test.auftrag"),
            "signature check failed: the file is not what key");
  }
  {
    const RegistryServer server(
        publish(machine, "stranger",
                {{"1.4.0", machine.signed_bundle("stranger", "1.4.0", stranger_keys), ""}}));
    refused(machine, install_from(server, "test.auftrag"), "which is not in the trust store");
  }
  {
    const RegistryServer server(publish(
        machine, "narrow", {{"1.4.0", machine.signed_bundle("narrow", "1.4.0", narrow_keys), ""}}));
    refused(machine, install_from(server, "test.auftrag"),
            "is trusted for de.sn.*, not for profile test.auftrag");
  }
  {  // an old index replayed, and an old release listed as a new one
    const RegistryServer server(publish(machine, "replayed", {{"1.2.0", older, ""}}));
    refused(machine, install_from(server, "test.auftrag"),
            "refused: test.auftrag 1.3.0 is installed, newer than 1.2.0");
    BOOST_TEST(
        machine.ok({"profile", "update", "--registry", server.url(), "--allow-loopback-http"})
            .out.find("test.auftrag 1.3.0 is up to date") != std::string::npos);
    const RegistryServer relabelled(publish(machine, "relabelled", {{"1.4.0", older, ""}}));
    refused(machine, install_from(relabelled, "test.auftrag"),
            "refused: the registry lists this bundle as test.auftrag 1.4.0, but it is "
            "test.auftrag 1.2.0 (a replayed or misfiled release)");
  }
  const fs::path root = publish(machine, "misbehaving", {{"1.4.0", next, ""}});
  {
    const RegistryServer server(root, {"--truncate", next_path});
    refused(machine, install_from(server, "test.auftrag"),
            "cannot fetch: the download ended early (truncated after ");
  }
  {
    const RegistryServer server(root, {"--stall", next_path});
    const auto started = std::chrono::steady_clock::now();
    refused(machine, install_from(server, "test.auftrag", {"--stall-timeout", "1"}),
            "cannot fetch: the server stalled (fewer than 64 bytes a second for 1 s");
    const bool fired_quickly =
        std::chrono::steady_clock::now() - started < std::chrono::seconds(20);
    BOOST_TEST(fired_quickly, "the stall timeout did not end the download");
  }
  {
    const fs::path large = machine.dir / "large.bin";
    std::ofstream(large, std::ios::binary) << std::string((1 << 20) + 1, 'x');
    const RegistryServer server(root, {"--rewrite", next_path + "=" + large.string()});
    refused(machine, install_from(server, "test.auftrag", {"--max-size", "1"}),
            "cannot fetch: larger than the limit of 1048576 bytes; aborted");
  }
  {
    const RegistryServer server(root, {"--redirect", next_path + "=http://localhost:9/x.kpkg"});
    refused(machine, install_from(server, "test.auftrag"),
            "refused: redirected to http://localhost:9/x.kpkg, off http://127.0.0.1:");
  }
  {
    const RegistryServer server(
        publish(machine, "elsewhere", {{"1.4.0", next, "https://example.org/next.kpkg"}}));
    refused(machine, install_from(server, "test.auftrag"),
            "refused: the index points outside its host: the bundle of test.auftrag 1.4.0 is "
            "https://example.org/next.kpkg, not on http://127.0.0.1:");
  }
  BOOST_TEST(machine.ok({"profile", "list", "--installed"}).out.find("test.auftrag 1.3.0") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
