#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/xml/resource_policy.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::xml;

namespace {

bool refused(const std::variant<fs::path, Refusal>& result) {
  return std::holds_alternative<Refusal>(result);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_resource_policy)

BOOST_AUTO_TEST_CASE(schemes_are_recognised) {
  BOOST_TEST(has_non_file_scheme("http://example.org/a.xsd"));
  BOOST_TEST(has_non_file_scheme("https://example.org/a.xsd"));
  BOOST_TEST(has_non_file_scheme("urn:x:y"));
  BOOST_TEST(!has_non_file_scheme("file:///tmp/a.xsd"));
  BOOST_TEST(!has_non_file_scheme("a/b.xsd"));
  BOOST_TEST(!has_non_file_scheme("C:/x.xsd"));  // a drive letter is no scheme
}

BOOST_AUTO_TEST_CASE(relative_paths_inside_the_root_resolve) {
  const fs::path dir = test::output_dir("policy-inside");
  test::write_file(dir / "root/a.xsd", "<a/>");
  test::write_file(dir / "root/sub/b.xsd", "<b/>");
  ResourcePolicy policy({dir / "root"}, {});
  auto result = policy.resolve("sub/b.xsd", (dir / "root/a.xsd").string());
  BOOST_REQUIRE(!refused(result));
  BOOST_TEST(std::get<fs::path>(result) == fs::canonical(dir / "root/sub/b.xsd"));
  BOOST_TEST(!refused(policy.resolve("../a.xsd", (dir / "root/sub/b.xsd").string())));
}

BOOST_AUTO_TEST_CASE(escapes_remote_and_missing_locations_are_refused) {
  const fs::path dir = test::output_dir("policy-escape");
  test::write_file(dir / "root/a.xsd", "<a/>");
  test::write_file(dir / "outside.xsd", "<o/>");
  fs::create_symlink(dir / "outside.xsd", dir / "root/link.xsd");
  ResourcePolicy policy({dir / "root"}, {});
  const std::string base = (dir / "root/a.xsd").string();
  BOOST_TEST(refused(policy.resolve("../outside.xsd", base)));
  BOOST_TEST(refused(policy.resolve((dir / "outside.xsd").string(), base)));
  BOOST_TEST(refused(policy.resolve("link.xsd", base)));  // symlink out of the root
  BOOST_TEST(refused(policy.resolve("http://127.0.0.1:9/x.xsd", base)));
  BOOST_TEST(refused(policy.resolve("missing.xsd", base)));
  BOOST_TEST(refused(policy.resolve("/etc/passwd", base)));
  auto message = std::get<Refusal>(policy.resolve("http://127.0.0.1:9/x.xsd", base)).reason;
  BOOST_TEST(message.find("never accesses the network") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_profile_s_refusal_says_what_to_do) {
  const fs::path dir = test::output_dir("policy-refusal-hint");
  test::write_file(dir / "root/a.xsd", "<a/>");
  test::write_file(dir / "outside.xsd", "<o/>");
  ResourcePolicy policy({dir / "root"}, {});
  const auto reason =
      std::get<Refusal>(policy.resolve("../outside.xsd", (dir / "root/a.xsd").string())).reason;
  BOOST_TEST(reason.find("outside the profile folder") != std::string::npos, reason);
  BOOST_TEST(reason.find("copy the file into the profile") != std::string::npos, reason);
}

BOOST_AUTO_TEST_CASE(trusted_references_reach_any_local_file_but_never_the_network) {
  // Ad-hoc mode: what the user named on the command line reads what it references, as xmllint.
  const fs::path dir = test::output_dir("policy-trusted");
  test::write_file(dir / "root/a.xsd", "<a/>");
  test::write_file(dir / "common/outside.xsd", "<o/>");
  std::error_code ignored;
  fs::remove(dir / "root/link.xsd", ignored);
  fs::create_symlink(dir / "common/outside.xsd", dir / "root/link.xsd");
  test::write_file(dir / "catalog.xml",
                   "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
                   "<system systemId='../common/outside.xsd' uri='root/a.xsd'/></catalog>");
  ResourcePolicy policy({dir / "root"}, {}, Reach::kLocalFileSystem);
  const std::string base = (dir / "root/a.xsd").string();
  const fs::path outside = fs::canonical(dir / "common/outside.xsd");
  BOOST_TEST(std::get<fs::path>(policy.resolve("../common/outside.xsd", base)) == outside);
  BOOST_TEST(std::get<fs::path>(policy.resolve(outside.string(), base)) == outside);
  BOOST_TEST(std::get<fs::path>(policy.resolve("link.xsd", base)) == outside);
  BOOST_TEST(refused(policy.resolve("http://127.0.0.1:9/x.xsd", base)));
  BOOST_TEST(refused(policy.resolve("missing.xsd", base)));
  BOOST_TEST(refused(policy.resolve("../common", base)));  // a folder is no schema document
  // Catalogs still come first.
  ResourcePolicy cataloged({dir / "root"}, {Catalog::load(dir / "catalog.xml")},
                           Reach::kLocalFileSystem);
  BOOST_TEST(std::get<fs::path>(cataloged.resolve("../common/outside.xsd", base)) ==
             fs::canonical(dir / "root/a.xsd"));
}

BOOST_AUTO_TEST_CASE(catalog_maps_remote_locations_to_local_files) {
  const fs::path dir = test::output_dir("policy-catalog");
  test::write_file(dir / "lib/code.xsd", "<c/>");
  test::write_file(dir / "catalog.xml",
                   "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
                   "<system systemId='http://example.org/code.xsd' uri='lib/code.xsd'/>"
                   "<uri name='http://example.org/other.xsd' uri='lib/code.xsd'/>"
                   "<system systemId='http://example.org/escape.xsd' uri='../../etc/passwd'/>"
                   "</catalog>");
  ResourcePolicy policy({dir}, {Catalog::load(dir / "catalog.xml")});
  auto mapped = policy.resolve("http://example.org/code.xsd", "");
  BOOST_REQUIRE(!refused(mapped));
  BOOST_TEST(std::get<fs::path>(mapped) == fs::canonical(dir / "lib/code.xsd"));
  BOOST_TEST(!refused(policy.resolve("http://example.org/other.xsd", "")));
  BOOST_TEST(refused(policy.resolve("http://example.org/unmapped.xsd", "")));
  // A catalog cannot lead out of the roots either.
  BOOST_TEST(refused(policy.resolve("http://example.org/escape.xsd", "")));
}

BOOST_AUTO_TEST_CASE(the_corpus_catalog_resolves_the_xoev_library) {
  const fs::path corpus = test::corpus_dir();
  ResourcePolicy policy({corpus}, {Catalog::load(corpus / "catalog.xml")});
  auto mapped = policy.resolve("http://xoev.de/schemata/code/1_0/xoev-code.xsd", "");
  BOOST_REQUIRE(!refused(mapped));
  BOOST_TEST(std::get<fs::path>(mapped).filename() == "xoev-code.xsd");
}

BOOST_AUTO_TEST_SUITE_END()
