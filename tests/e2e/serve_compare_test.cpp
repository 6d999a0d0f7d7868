// `konform serve`'s POST /v1/compare end to end: candidate product folders zipped and uploaded
// as multipart parts, compared into the matrix `konform compare` writes; zips that try to leave
// their folder or are no zip at all are refused with problem details (400), zips that explode
// beyond the limits as too large (413).
#include <boost/test/unit_test.hpp>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/e2e/serve_process.h"
#include "tests/support/files.h"
#include "tests/support/test_archives.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using konform::test::HttpAnswer;
using konform::test::ServeProcess;
using Json = nlohmann::json;

namespace {

const std::string kCompareBoundary = "konformCompareBoundary";
const std::map<std::string, std::string> kMultipart{
    {"Content-Type", "multipart/form-data; boundary=" + kCompareBoundary}};

/// The fixture candidate folder tests/e2e/fixtures/compare/`name`, zipped.
std::string zipped_fixture(const std::string& name) {
  const fs::path folder = konform::test::source_dir() / "tests/e2e/fixtures/compare" / name;
  std::vector<konform::test::ArchiveEntry> entries;
  for (const auto& file : fs::directory_iterator(folder)) {
    entries.push_back({file.path().filename().string(), konform::test::read_text(file.path()), ""});
  }
  const fs::path zip = konform::test::output_dir("serve-compare-" + name) / (name + ".zip");
  konform::test::write_archive(zip, konform::test::ArchiveKind::zip, entries);
  return konform::test::read_text(zip);
}

std::string zipped(const std::string& name,
                   const std::vector<konform::test::ArchiveEntry>& entries) {
  const fs::path zip = konform::test::output_dir("serve-compare-" + name) / (name + ".zip");
  konform::test::write_archive(zip, konform::test::ArchiveKind::zip, entries);
  return konform::test::read_text(zip);
}

/// Candidates as a browser uploads files: part name = candidate name.
std::string candidates_body(const std::vector<std::pair<std::string, std::string>>& zips) {
  std::string body;
  for (const auto& [name, zip] : zips) {
    body += "--" + kCompareBoundary + "\r\nContent-Disposition: form-data; name=\"" + name +
            "\"; filename=\"" + name + ".zip\"\r\nContent-Type: application/zip\r\n\r\n" + zip +
            "\r\n";
  }
  return body + "--" + kCompareBoundary + "--\r\n";
}

void check_problem(const HttpAnswer& answer, int status, const std::string& type,
                   const std::string& detail_part) {
  BOOST_TEST(answer.status == status);
  BOOST_TEST(answer.header("content-type") == "application/problem+json");
  const Json problem = Json::parse(answer.body);
  BOOST_TEST(problem.at("type") == "urn:konform:problem:" + type);
  const std::string detail = problem.at("detail");
  BOOST_TEST(detail.find(detail_part) != std::string::npos, detail);
  BOOST_TEST(!problem.at("detailDe").get<std::string>().empty());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_compare)

BOOST_AUTO_TEST_CASE(zipped_candidates_compare_side_by_side_named_by_their_parts) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_compare");
  const HttpAnswer answer =
      serve.request("POST", "/v1/compare",
                    candidates_body({{"good", zipped_fixture("good")},
                                     {"org-rules-failing", zipped_fixture("org-rules-failing")}}),
                    kMultipart);
  BOOST_TEST(answer.status == 200);
  BOOST_TEST(answer.header("content-type") == "application/json; charset=utf-8");
  BOOST_TEST(answer.header("x-konform-verdict") == "not-conformant");
  const Json matrix = Json::parse(answer.body);
  const Json& candidates = matrix.at("candidates");
  BOOST_REQUIRE(candidates.size() == 2u);
  BOOST_TEST(candidates[0].at("name") == "good");
  BOOST_TEST(candidates[0].at("path") == "good");
  BOOST_TEST(candidates[0].at("productName") == "Gewerbe-Online Musterstadt");
  BOOST_TEST(candidates[0].at("verdict") == "conformant");
  BOOST_TEST(candidates[1].at("name") == "org-rules-failing");
  BOOST_TEST(candidates[1].at("verdict") == "not-conformant");
  BOOST_TEST(answer.body.find("konform-compare-") == std::string::npos);  // no temporary path

  const HttpAnswer html =
      serve.request("POST", "/v1/compare?format=html&lang=en",
                    candidates_body({{"good", zipped_fixture("good")}}), kMultipart);
  BOOST_TEST(html.status == 200);
  BOOST_TEST(html.header("content-type") == "text/html; charset=utf-8");
  BOOST_TEST(html.body.find("Gewerbe-Online Musterstadt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(hostile_or_broken_candidate_zips_are_refused) {
  // A candidate may unpack to ten times the body limit: 10 MiB here.
  ServeProcess serve({"--profile", "de.sn.musterstadt", "--max-body", "1048576"},
                     "serve_compare_refusals");
  const auto post = [&](const std::string& name, const std::string& zip) {
    return serve.request("POST", "/v1/compare", candidates_body({{name, zip}}), kMultipart);
  };
  check_problem(post("evil", zipped("dotdot", {{"../konform-service.yml", "x: 1", ""}})), 400,
                "bad-candidates", "'..' step leads out");
  check_problem(post("evil", zipped("link", {{"konform-service.yml", "", "/etc/passwd"}})), 400,
                "bad-candidates", "a link");
  // Beyond the unpacking limits is too large (413), not malformed.
  check_problem(post("bomb", zipped("bomb", {{"zeros.xml", std::string(16 << 20, '0'), ""}})), 413,
                "candidate-too-large",
                "'bomb': zip entry 'zeros.xml' refused: the archive unpacks "
                "to more than 10485760 bytes");
  std::vector<konform::test::ArchiveEntry> many;
  for (int i = 0; i <= 1000; ++i) many.push_back({std::to_string(i) + ".xml", "<a/>", ""});
  check_problem(post("many", zipped("many", many)), 413, "candidate-too-large",
                "refused: more than 1000 entries");
  check_problem(post("empty", zipped("nothing", {{"readme.txt", "no definition", ""}})), 400,
                "bad-candidates", "no service definition");
  check_problem(post("junk", "this is no zip"), 400, "bad-candidates", "not a zip");
  check_problem(post("..", zipped_fixture("good")), 400, "bad-candidates", "plain folder name");
  check_problem(serve.request("POST", "/v1/compare", "<a/>"), 400, "bad-candidates",
                "multipart/form-data");
  check_problem(serve.request("POST", "/v1/compare?format=sarif",
                              candidates_body({{"good", zipped_fixture("good")}}), kMultipart),
                406, "unknown-format", "json or html");
}

BOOST_AUTO_TEST_SUITE_END()
