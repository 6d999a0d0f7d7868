// `konform serve` end to end: the real binary on port 0, the bundled example profile's samples
// posted over HTTP, reports in the formats clients ask for, and the error answers' shape.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/e2e/serve_process.h"
#include "tests/support/files.h"
#include "tests/support/test_paths.h"

using konform::test::HttpAnswer;
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
