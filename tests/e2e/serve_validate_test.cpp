// `konform serve` end to end: the real binary on port 0, the bundled example profile's samples
// posted over HTTP, reports in the formats clients ask for, and the error answers' shape.
#include <boost/test/unit_test.hpp>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/e2e/serve_process.h"
#include "tests/support/files.h"
#include "tests/support/test_paths.h"

using konform::test::HttpAnswer;
using konform::test::kFormBoundary;
using konform::test::multipart_body;
using konform::test::multipart_headers;
using konform::test::ServeProcess;
using Json = nlohmann::json;

namespace {

void check_problem(const HttpAnswer& answer, int status, const std::string& type) {
  BOOST_TEST(answer.status == status);
  BOOST_TEST(answer.header("content-type") == "application/problem+json");
  const Json problem = Json::parse(answer.body);
  BOOST_TEST(problem.at("status") == status);
  BOOST_TEST(problem.at("type") == "urn:konform:problem:" + type);
  BOOST_TEST(problem.at("title").is_string());
  BOOST_TEST(!problem.at("detail").get<std::string>().empty());
  BOOST_TEST(!problem.at("detailDe").get<std::string>().empty());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_validate)

BOOST_AUTO_TEST_CASE(samples_validate_into_json_sarif_and_junit_named_as_sent) {
  ServeProcess serve({"--profile", "de.sn.musterstadt", "--workers", "2"}, "serve_validate");

  const HttpAnswer good = serve.request(
      "POST", "/v1/validate", konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml"),
      {{"X-Konform-Filename", "antrag-2026-0042.xml"}});
  BOOST_TEST(good.status == 200);
  BOOST_TEST(good.header("x-konform-verdict") == "conformant");
  BOOST_TEST(good.header("content-type") == "application/json; charset=utf-8");
  const Json report = Json::parse(good.body);
  BOOST_TEST(report.at("verdict") == "conformant");
  BOOST_TEST(report.at("inputs").at(0).at("path") == "antrag-2026-0042.xml");

  const HttpAnswer bad =
      serve.request("POST", "/v1/validate?name=fehlerhaft%20M%C3%BCller.xml",
                    konform::test::musterstadt_sample("gewerbe-anmeldung-fehlerhaft.xml"),
                    {{"Accept", "application/sarif+json"}});
  BOOST_TEST(bad.status == 200);
  BOOST_TEST(bad.header("x-konform-verdict") == "not-conformant");
  BOOST_TEST(bad.header("content-type") == "application/sarif+json; charset=utf-8");
  const Json sarif = Json::parse(bad.body);
  BOOST_TEST(sarif.at("version") == "2.1.0");
  BOOST_TEST(!sarif.at("runs").at(0).at("results").empty());
  BOOST_TEST(bad.body.find("fehlerhaft") != std::string::npos);

  const HttpAnswer junit =
      serve.request("POST", "/v1/validate?format=junit&name=a.xml",
                    konform::test::musterstadt_sample("gewerbe-anmeldung-fehlerhaft.xml"));
  BOOST_TEST(junit.header("content-type") == "application/xml; charset=utf-8");
  BOOST_TEST(junit.body.find("<testsuite") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(several_files_as_multipart_make_one_report_with_their_names) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_multipart");
  const HttpAnswer answer = serve.request(
      "POST", "/v1/validate",
      multipart_body({{"file", "antrag-konform.xml",
                       konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml")},
                      {"file", "Antrag M\u00fcller.xml",
                       konform::test::musterstadt_sample("gewerbe-anmeldung-fehlerhaft.xml")}}),
      multipart_headers());
  BOOST_TEST(answer.status == 200);
  BOOST_TEST(answer.header("x-konform-verdict") == "not-conformant");
  const Json report = Json::parse(answer.body);
  BOOST_REQUIRE(report.at("inputs").size() == 2u);
  BOOST_TEST(report.at("inputs").at(0).at("path") == "antrag-konform.xml");
  BOOST_TEST(report.at("inputs").at(0).at("verdict") == "conformant");
  BOOST_TEST(report.at("inputs").at(1).at("path") == "Antrag M\u00fcller.xml");
  BOOST_TEST(report.at("inputs").at(1).at("verdict") == "not-conformant");

  const std::string unclosed = "--" + kFormBoundary +
                               "\r\nContent-Disposition: form-data; name=file; "
                               "filename=a.xml\r\n\r\n<a/>\r\n";
  const HttpAnswer malformed = serve.request("POST", "/v1/validate", unclosed, multipart_headers());
  check_problem(malformed, 400, "malformed-multipart");
  BOOST_TEST(Json::parse(malformed.body).at("detail").get<std::string>().find("part 1, byte") !=
             std::string::npos);
  check_problem(
      serve.request("POST", "/v1/validate", "x", {{"Content-Type", "multipart/form-data"}}), 400,
      "malformed-multipart");
  check_problem(serve.request("POST", "/v1/validate", multipart_body({{"profile", "", "x"}}),
                              multipart_headers()),
                400, "not-a-file");
  check_problem(
      serve.request("POST", "/v1/validate",
                    multipart_body({{"file", "a.xml", "<a/>"}, {"file", "a.xml", "<b/>"}}),
                    multipart_headers()),
      400, "duplicate-file-name");
  check_problem(serve.request("POST", "/v1/validate", multipart_body({{"file", "a.xml", ""}}),
                              multipart_headers()),
                400, "empty-body");
}

BOOST_AUTO_TEST_CASE(profiles_are_chosen_by_id_and_version_range) {
  ServeProcess serve({"--profile", "de.sn.musterstadt@^1"}, "serve_profile_range");
  const std::string document = konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml");
  BOOST_TEST(
      serve.request("POST", "/v1/validate?profile=de.sn.musterstadt%40%5E1.0", document).status ==
      200);
  BOOST_TEST(serve
                 .request("POST", "/v1/validate?profile=de.sn.musterstadt%40%3E%3D1.0.0%20%3C2.0.0",
                          document)
                 .status == 200);
  const HttpAnswer none =
      serve.request("POST", "/v1/validate?profile=de.sn.musterstadt%40%5E2", document);
  check_problem(none, 404, "unknown-profile");
  BOOST_TEST(Json::parse(none.body).at("detail").get<std::string>().find(
                 "de.sn.musterstadt@^1 (de.sn.musterstadt 1.0.0)") != std::string::npos);
  check_problem(serve.request("POST", "/v1/validate?profile=de.sn.musterstadt%40two", document),
                400, "bad-version-range");
}

BOOST_AUTO_TEST_CASE(profiles_rules_and_the_openapi_document_are_served) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_describe");
  const Json profiles = Json::parse(serve.request("GET", "/v1/profiles").body);
  const Json& chain = profiles.at("chains").at(0);
  BOOST_TEST(chain.at("name") == "de.sn.musterstadt");
  BOOST_TEST(chain.at("profiles").back().at("id") == "de.sn.musterstadt");
  BOOST_TEST(chain.at("profiles").back().at("sha256").get<std::string>().size() == 64u);
  const Json rules = Json::parse(serve.request("GET", "/v1/rules").body);
  BOOST_TEST(!rules.at("chains").at(0).at("rules").empty());
  const Json openapi = Json::parse(serve.request("GET", "/v1/openapi.json").body);
  BOOST_TEST(openapi.at("openapi") == "3.1.0");
  BOOST_TEST(serve.request("GET", "/healthz").status == 200);
}

BOOST_AUTO_TEST_CASE(refusals_are_problem_details) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_refusals");
  check_problem(serve.request("GET", "/v1/nothing"), 404, "not-found");
  const HttpAnswer wrong_method = serve.request("GET", "/v1/validate");
  check_problem(wrong_method, 405, "method-not-allowed");
  BOOST_TEST(wrong_method.header("allow") == "POST");
  check_problem(serve.request("POST", "/v1/validate?profile=xrechnung", "<a/>"), 404,
                "unknown-profile");
  check_problem(serve.request("POST", "/v1/validate", "<a/>", {{"Accept", "image/png"}}), 406,
                "unknown-format");
  check_problem(serve.request("POST", "/v1/validate", ""), 400, "empty-body");
}

BOOST_AUTO_TEST_SUITE_END()
