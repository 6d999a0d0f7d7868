// `konform codelist fetch` against tests/tools/registry_server.py serving XRepository's API shape
// (api/codeliste/{kennung}/gueltigeVersion, api/version_codeliste/{kennung}_{version}/genericode),
// built in the test's output folder from the corpus's genericode files: the current version and a
// pinned one fetched, checked and written under XRepository's file name, the folder acting as the
// cache; a list other than the one asked for, and a version answer without
// dat:VersionCodeliste/dat:version, refused; each fetch recorded in codelists.sha256, a recorded
// copy reused without a request and an edited or unrecorded one fetched again; `profile
// update-codelists` filling in what a copy of the shipped example profile lacks.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>

#include "tests/e2e/registry_server.h"
#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

const std::string kBaustoff = "urn:xoev-de:xbau:codeliste:baustoff";
const std::string kStaat = "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat";

fs::path corpus_list(const std::string& name) {
  return corpus_dir() / "xbau/artifacts/codelists" / (name + ".xml");
}

/// An XRepository-shaped folder: `current` answers gueltigeVersion for each list, `served` maps
/// {kennung}_{version} to the genericode file served for it.
fs::path xrepository(const std::string& name, const std::map<std::string, std::string>& current,
                     const std::map<std::string, fs::path>& served,
                     const std::string& ns =
                         "http://www.xoev.de/de/xrepository/framework/1/"
                         "datenbereitstellung") {
  const fs::path root = output_dir("codelist-fetch-" + name) / "server";
  for (const auto& [kennung, version] : current) {
    fs::create_directories(root / "api/codeliste" / kennung);
    std::ofstream(root / "api/codeliste" / kennung / "gueltigeVersion")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dat:VersionCodeliste xmlns:dat=\"" << ns
        << "\">\n  <dat:kennung>" << kennung << "_" << version << "</dat:kennung>\n  <dat:version>"
        << version << "</dat:version>\n</dat:VersionCodeliste>\n";
  }
  for (const auto& [versioned, file] : served) {
    fs::create_directories(root / "api/version_codeliste" / versioned);
    fs::copy_file(file, root / "api/version_codeliste" / versioned / "genericode");
  }
  return root;
}

ProcessResult fetch(const RegistryServer& server, const fs::path& into,
                    const std::vector<std::string>& references) {
  std::vector<std::string> arguments{"codelist", "fetch"};
  arguments.insert(arguments.end(), references.begin(), references.end());
  arguments.insert(arguments.end(), {"--into", into.string(), "--base-url", server.url()});
  arguments.push_back("--allow-loopback-http");
  return run_konform(arguments);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(codelist_fetch)

BOOST_AUTO_TEST_CASE(the_current_and_a_pinned_version_are_fetched_checked_and_kept) {
  const RegistryServer server(
      xrepository("ok", {{kBaustoff, "2.0"}},
                  {{kBaustoff + "_2.0", corpus_list(kBaustoff + "_2.0")},
                   {kStaat + "_2022-02-18", corpus_list(kStaat + "_2022-02-18")}}));
  const fs::path into = output_dir("codelist-fetch-ok-lists");
  const auto fetched = fetch(server, into, {kBaustoff, kStaat + ":2022-02-18"});
  BOOST_REQUIRE_MESSAGE(fetched.exit_code == 0, fetched.out + fetched.err);
  const fs::path baustoff = into / (kBaustoff + "_2.0.xml");
  BOOST_TEST(read_text(baustoff) == read_text(corpus_list(kBaustoff + "_2.0")));
  BOOST_TEST(read_text(into / (kStaat + "_2022-02-18.xml")) ==
             read_text(corpus_list(kStaat + "_2022-02-18")));
  const std::string sha256 =
      run_process({"/usr/bin/sha256sum", baustoff.string()}).out.substr(0, 64);
  BOOST_TEST(fetched.out.find("konform: fetched " + kBaustoff + " 2.0\n  " + baustoff.string() +
                              "\n  sha256 " + sha256) != std::string::npos,
             fetched.out);
  const auto again = fetch(server, into, {kBaustoff + ":2.0"});
  BOOST_TEST(again.out.find("konform: already there: " + kBaustoff + " 2.0") != std::string::npos,
             again.out);
  const auto shown = run_konform({"codelist", "show", kBaustoff, "--codelists", into.string()});
  BOOST_TEST(shown.exit_code == 0, shown.out + shown.err);
}

BOOST_AUTO_TEST_CASE(another_list_than_asked_for_and_a_foreign_version_answer_are_refused) {
  const RegistryServer server(
      xrepository("refused", {}, {{kBaustoff + "_2.1", corpus_list(kBaustoff + "_2.0")}}));
  const fs::path into = output_dir("codelist-fetch-refused-lists") / "lists";
  const auto swapped = fetch(server, into, {kBaustoff + ":2.1"});
  BOOST_TEST(swapped.exit_code == 2);
  BOOST_TEST(swapped.err.find("refused: asked for " + kBaustoff + "_2.1, the server sent " +
                              kBaustoff + " version 2.0") != std::string::npos,
             swapped.err);
  BOOST_TEST(!fs::exists(into));

  const RegistryServer foreign(
      xrepository("foreign", {{kBaustoff, "2.0"}}, {}, "urn:example:not-xrepository"));
  const auto version = fetch(foreign, into, {kBaustoff});
  BOOST_TEST(version.exit_code == 2);
  BOOST_TEST(version.err.find("gueltigeVersion: the answer has no dat:VersionCodeliste/dat:version "
                              "(namespace http://www.xoev.de/de/xrepository/framework/1/"
                              "datenbereitstellung)") != std::string::npos,
             version.err);
}

BOOST_AUTO_TEST_CASE(fetches_are_recorded_and_a_copy_that_differs_is_fetched_again) {
  const std::string served_path = "api/version_codeliste/" + kBaustoff + "_2.0/genericode";
  const fs::path served =
      xrepository("record", {}, {{kBaustoff + "_2.0", corpus_list(kBaustoff + "_2.0")}});
  const RegistryServer server(served);
  const fs::path into = output_dir("codelist-fetch-record-lists");
  const fs::path list = into / (kBaustoff + "_2.0.xml");
  const auto first = fetch(server, into, {kBaustoff + ":2.0"});
  BOOST_REQUIRE_MESSAGE(first.exit_code == 0, first.out + first.err);
  const std::string sha256 = run_process({"/usr/bin/sha256sum", list.string()}).out.substr(0, 64);
  const std::string record = read_text(into / "codelists.sha256");
  const std::string line =
      sha256 + "\t" + list.filename().string() + "\t" + server.url() + served_path + "\t20";
  BOOST_TEST(record.find("\n" + line) != std::string::npos, record);
  BOOST_TEST(record.ends_with("Z\n"), record);

  // Reused without a request: the server no longer has the list, yet the fetch succeeds.
  fs::remove(served / served_path);
  const auto reused = fetch(server, into, {kBaustoff + ":2.0"});
  BOOST_TEST(reused.exit_code == 0, reused.out + reused.err);
  BOOST_TEST(reused.out.find("konform: already there: " + kBaustoff + " 2.0") != std::string::npos,
             reused.out);

  // An edited copy is not trusted: reported and fetched again, which fails while the server
  // lacks the list and succeeds once it has it back.
  write_text(list, read_text(list) + "<!-- edited -->\n");
  const std::string edited = run_process({"/usr/bin/sha256sum", list.string()}).out.substr(0, 64);
  const std::string why = "the copy in the folder has sha256 " + edited + ", not the " + sha256 +
                          " recorded when it was fetched on 20";
  const std::string warning = "konform: warning: " + list.string() + ": " + why;
  const auto unserved = fetch(server, into, {kBaustoff + ":2.0"});
  BOOST_TEST(unserved.exit_code == 2);
  BOOST_TEST(unserved.err.find("HTTP 404 (fetching it again because " + why) != std::string::npos,
             unserved.err);
  fs::copy_file(corpus_list(kBaustoff + "_2.0"), served / served_path);
  const auto refetched = fetch(server, into, {kBaustoff + ":2.0"});
  BOOST_TEST(refetched.exit_code == 0, refetched.out + refetched.err);
  BOOST_TEST(refetched.err.find(warning) != std::string::npos, refetched.err);
  BOOST_TEST(refetched.out.find("konform: fetched " + kBaustoff + " 2.0") != std::string::npos,
             refetched.out);
  BOOST_TEST(read_text(list) == read_text(corpus_list(kBaustoff + "_2.0")));

  // A copy the record does not list is not trusted either.
  fs::remove(into / "codelists.sha256");
  const auto unrecorded = fetch(server, into, {kBaustoff + ":2.0"});
  BOOST_TEST(unrecorded.exit_code == 0, unrecorded.out + unrecorded.err);
  BOOST_TEST(
      unrecorded.err.find(list.string() + ": the copy in the folder is not in codelists.sha256") !=
          std::string::npos,
      unrecorded.err);
  BOOST_TEST(fs::is_regular_file(into / "codelists.sha256"));
}

BOOST_AUTO_TEST_CASE(update_codelists_fills_in_the_lists_a_profile_lacks) {
  const std::string rechtsform = "urn:xoev-de:musterstadt:codeliste:rechtsform";
  const fs::path shipped = source_dir() / "profiles/de/sn/musterstadt";
  const fs::path profile = output_dir("codelist-update-profile") / "musterstadt";
  fs::copy(shipped, profile, fs::copy_options::recursive);
  for (const auto& list : fs::directory_iterator(profile / "codelists")) fs::remove(list.path());
  const auto lacking = run_konform({"profile", "check", profile.string()});
  BOOST_TEST(lacking.out.find("the chain does not carry") != std::string::npos, lacking.out);

  const RegistryServer server(
      xrepository("profile", {{rechtsform, "2.0"}},
                  {{rechtsform + "_2.0", shipped / "codelists/rechtsform-2.0.xml"}}));
  const auto updated = run_konform({"profile", "update-codelists", profile.string(), "--base-url",
                                    server.url(), "--allow-loopback-http"});
  BOOST_REQUIRE_MESSAGE(updated.exit_code == 0, updated.out + updated.err);
  BOOST_TEST(updated.out.find("konform: fetched " + rechtsform + " 2.0") != std::string::npos,
             updated.out);
  BOOST_TEST(fs::is_regular_file(profile / "codelists" / (rechtsform + "_2.0.xml")));
  BOOST_TEST(read_text(profile / "codelists/codelists.sha256")
                 .find("\t" + rechtsform + "_2.0.xml\t" + server.url()) != std::string::npos);
  const auto complete = run_konform({"profile", "check", profile.string()});
  BOOST_TEST(complete.exit_code == 0, complete.out + complete.err);
  BOOST_TEST(complete.out.find("the chain does not carry") == std::string::npos, complete.out);
  const auto again = run_konform({"profile", "update-codelists", profile.string(), "--base-url",
                                  server.url(), "--allow-loopback-http"});
  BOOST_TEST(again.out.find("carries every code list its schemas use") != std::string::npos,
             again.out);
}

BOOST_AUTO_TEST_SUITE_END()
