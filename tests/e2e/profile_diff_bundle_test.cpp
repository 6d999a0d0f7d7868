// `konform profile diff` with `.kpkg` bundles as either side: the shipped example profile de.sn
// packed as 1.0.0 and, changed, as 1.0.1 (SN-SEC-001 raised from warning to error).
// Bundle against bundle and bundle against folder, text and JSON; a bundle that fails its own
// manifest is refused with exit code 2 and nothing on stdout.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using Json = nlohmann::json;

namespace {

/// de.sn's manifest and rules as shipped, copied into `into`; the profile refers to nothing else.
fs::path copy_of_de_sn(const fs::path& into) {
  fs::create_directories(into / "rules");
  fs::copy_file(source_dir() / "profiles/de/sn/profile.xml", into / "profile.xml");
  fs::copy_file(source_dir() / "profiles/de/sn/rules/service-definition.sch",
                into / "rules/service-definition.sch");
  return into;
}

/// Replaces the one occurrence of `old_text`; fails when it is missing, so a change to the
/// shipped profile cannot make the two versions silently equal.
void replace_once_in(const fs::path& file, const std::string& old_text,
                     const std::string& new_text) {
  const std::string text = read_text(file);
  BOOST_REQUIRE_MESSAGE(text.find(old_text) != std::string::npos, file.string() + ": " + old_text);
  write_text(file, replace_first(text, old_text, new_text));
}

fs::path pack_into(const fs::path& folder, const fs::path& into) {
  const auto r = run_konform({"profile", "pack", folder.string(), "--into", into.string()});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.out + r.err);
  return into;
}

struct BundlePair {
  fs::path newer_folder;
  fs::path older_bundle;
  fs::path newer_bundle;
};

const BundlePair& bundle_pair() {
  static const BundlePair packed = [] {
    const fs::path dir = output_dir("e2e-profile-diff-bundle");
    const fs::path older = copy_of_de_sn(dir / "1.0.0");
    const fs::path newer = copy_of_de_sn(dir / "1.0.1");
    replace_once_in(newer / "profile.xml", "version=\"1.0.0\"", "version=\"1.0.1\"");
    replace_once_in(newer / "profile.xml",
                    "<rule id=\"codelist-unknown-list\" severity=\"error\"/>",
                    "<rule id=\"codelist-unknown-list\" severity=\"error\"/>\n"
                    "  <rule id=\"SN-SEC-001\" severity=\"error\"/>");
    return BundlePair{newer, pack_into(older, dir / "bundles") / "de.sn-1.0.0.kpkg",
                      pack_into(newer, dir / "bundles") / "de.sn-1.0.1.kpkg"};
  }();
  return packed;
}

bool diff_output_has_line(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

void check_severity_change(const ProcessResult& r) {
  BOOST_TEST(r.exit_code == 1, r.err);
  for (const std::string line : {"konform profile diff: de.sn 1.0.0 -> de.sn 1.0.1",
                                 "rules:", "  ~ SN-SEC-001", "      severity: warning -> error"}) {
    BOOST_TEST(diff_output_has_line(r.out, line), line << "\n--- in ---\n" << r.out);
  }
  BOOST_TEST(r.err.find("konform: note: A is bundle de.sn 1.0.0") != std::string::npos, r.err);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_diff_bundle)

BOOST_AUTO_TEST_CASE(bundle_against_bundle_shows_the_severity_change) {
  const auto r = run_konform({"profile", "diff", bundle_pair().older_bundle.string(),
                              bundle_pair().newer_bundle.string()});
  check_severity_change(r);
  BOOST_TEST(r.err.find("konform: note: B is bundle de.sn 1.0.1") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("signature not checked") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(bundle_against_folder_shows_the_severity_change) {
  const auto r = run_konform({"profile", "diff", bundle_pair().older_bundle.string(),
                              bundle_pair().newer_folder.string()});
  check_severity_change(r);
  BOOST_TEST(r.err.find("B is bundle") == std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(json_names_both_versions_and_the_rule) {
  const auto r = run_konform({"profile", "diff", bundle_pair().older_bundle.string(),
                              bundle_pair().newer_bundle.string(), "--format", "json"});
  BOOST_TEST(r.exit_code == 1, r.err);
  const Json json = Json::parse(r.out);
  BOOST_TEST(json["from"]["version"] == "1.0.0");
  BOOST_TEST(json["to"]["version"] == "1.0.1");
  BOOST_REQUIRE(json["rules"].size() == 1u);
  BOOST_TEST(json["rules"][0]["id"] == "SN-SEC-001");
  BOOST_TEST(json["rules"][0]["fields"][0] ==
             Json({{"name", "severity"}, {"before", "warning"}, {"after", "error"}}));
}

BOOST_AUTO_TEST_CASE(a_bundle_against_itself_has_no_differences) {
  const auto r = run_konform({"profile", "diff", bundle_pair().older_bundle.string(),
                              bundle_pair().older_bundle.string()});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(diff_output_has_line(r.out, "no differences"), r.out);
}

BOOST_AUTO_TEST_CASE(a_bundle_that_fails_its_manifest_is_refused) {
  // The same archive with one byte of the rules changed: same sizes, another SHA-256.
  const fs::path tampered = output_dir("e2e-profile-diff-bundle-tampered") / "de.sn-1.0.1.kpkg";
  const char* rewrite = R"(import io, sys, tarfile
with tarfile.open(sys.argv[1]) as src, tarfile.open(sys.argv[2], 'w:gz') as out:
    for member in src.getmembers():
        data = src.extractfile(member).read() if member.isfile() else None
        if member.name.endswith('.sch'):
            data = data.replace(b'SN-', b'XN-', 1)
        out.addfile(member, io.BytesIO(data) if data is not None else None)
)";
  const auto python = run_process(
      {"/usr/bin/python3", "-c", rewrite, bundle_pair().newer_bundle.string(), tampered.string()});
  BOOST_REQUIRE_MESSAGE(python.exit_code == 0, python.err);
  const auto r =
      run_konform({"profile", "diff", bundle_pair().older_bundle.string(), tampered.string()});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.out.empty(), r.out);
  BOOST_TEST(r.err.find("rules/service-definition.sch' refused: its content differs from the "
                        "manifest's SHA-256") != std::string::npos,
             r.err);
  BOOST_TEST(r.err.find(tampered.string()) != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
