// `konform serve` under its limits and in operation: body limit, token, deadline, admission,
// metrics, reload (HTTP and SIGHUP, failing and succeeding) and the drain on SIGTERM.
#include <signal.h>

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <fstream>
#include <future>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/e2e/serve_process.h"
#include "tests/support/files.h"
#include "tests/support/test_paths.h"

using konform::test::HttpAnswer;
using konform::test::metric_value;
using konform::test::ServeProcess;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path musterstadt() { return konform::test::source_dir() / "profiles/de/sn/musterstadt"; }

/// The conformant sample with `copies` unexpected elements at the start of its root: large
/// enough that validating it takes a measurable while (it is not conformant).
std::string large_message(int copies) {
  const std::string good = konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml");
  const auto content = good.find('>', good.find("<xdg:gewerbe.anmeldung.0100")) + 1;
  std::string filler;
  for (int i = 0; i < copies; ++i) filler += "<unerwartet>Musterstadt</unerwartet>";
  return good.substr(0, content) + filler + good.substr(content);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_operations)

BOOST_AUTO_TEST_CASE(bodies_over_the_limit_are_refused_with_413) {
  ServeProcess serve({"--profile", "de.sn.musterstadt", "--max-body", "1000"}, "serve_413");
  const HttpAnswer answer = serve.request("POST", "/v1/validate", std::string(2000, ' '));
  BOOST_TEST(answer.status == 413);
  BOOST_TEST(answer.header("content-type") == "application/problem+json");
  BOOST_TEST(Json::parse(answer.body).at("type") == "urn:konform:problem:body-too-large");
  BOOST_TEST(serve.request("GET", "/healthz").status == 200);  // the service goes on
}

BOOST_AUTO_TEST_CASE(a_token_guards_everything_but_the_probes) {
  const fs::path token_file = konform::test::output_dir("serve_token_file") / "token";
  std::ofstream(token_file) << "s3cr3t-t0ken-0123456789\n";
  ServeProcess serve({"--profile", "de.sn.musterstadt", "--token-file", token_file.string()},
                     "serve_401");
  const HttpAnswer refused = serve.request("GET", "/v1/profiles");
  BOOST_TEST(refused.status == 401);
  BOOST_TEST(refused.header("www-authenticate") == "Bearer");
  BOOST_TEST(Json::parse(refused.body).at("type") == "urn:konform:problem:unauthorized");
  BOOST_TEST(serve.request("GET", "/metrics", "", {{"Authorization", "Bearer wrong"}}).status ==
             401);
  BOOST_TEST(serve
                 .request("POST", "/v1/validate",
                          konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml"))
                 .status == 401);
  BOOST_TEST(
      serve
          .request("GET", "/v1/profiles", "", {{"Authorization", "Bearer s3cr3t-t0ken-0123456789"}})
          .status == 200);
  BOOST_TEST(serve.request("GET", "/healthz").status == 200);
  BOOST_TEST(serve.request("GET", "/readyz").status == 200);
  // The access log never carries the token.
  BOOST_TEST(serve.log().find("s3cr3t") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_validation_over_the_deadline_answers_504) {
  ServeProcess serve({"--profile", "de.sn.musterstadt", "--timeout", "1"}, "serve_504");
  const HttpAnswer answer = serve.request("POST", "/v1/validate", large_message(200000));
  BOOST_TEST(answer.status == 504);
  BOOST_TEST(Json::parse(answer.body).at("type") == "urn:konform:problem:timeout");
  BOOST_TEST(serve.request("GET", "/healthz").status == 200);
}

BOOST_AUTO_TEST_CASE(requests_beyond_inflight_and_queue_answer_429) {
  ServeProcess serve(
      {"--profile", "de.sn.musterstadt", "--workers", "1", "--max-inflight", "1", "--queue", "0"},
      "serve_429");
  const std::string body = large_message(100000);
  std::vector<std::future<int>> statuses;
  for (int i = 0; i < 6; ++i) {
    statuses.push_back(std::async(
        std::launch::async, [&] { return serve.request("POST", "/v1/validate", body).status; }));
  }
  int ok = 0;
  int refused = 0;
  for (auto& status : statuses) {
    const int value = status.get();
    ok += value == 200;
    refused += value == 429;
  }
  BOOST_TEST(ok >= 1);
  BOOST_TEST(refused >= 1);
  BOOST_TEST(ok + refused == 6);
}

BOOST_AUTO_TEST_CASE(metrics_count_requests_verdicts_and_latency) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_metrics");
  serve.request("POST", "/v1/validate",
                konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml"));
  serve.request("POST", "/v1/validate",
                konform::test::musterstadt_sample("gewerbe-anmeldung-fehlerhaft.xml"));
  serve.request("POST", "/v1/validate",
                konform::test::musterstadt_sample("gewerbe-anmeldung-fehlerhaft.xml"));
  serve.request("GET", "/v1/nothing");
  const HttpAnswer answer = serve.request("GET", "/metrics");
  BOOST_TEST(answer.status == 200);
  BOOST_TEST(answer.header("content-type") == "text/plain; version=0.0.4");
  const std::string& text = answer.body;
  BOOST_TEST(
      metric_value(text, R"(konform_http_requests_total{route="/v1/validate",status="200"})") == 3);
  BOOST_TEST(metric_value(text, R"(konform_http_requests_total{route="other",status="404"})") == 1);
  BOOST_TEST(metric_value(text, R"(konform_inputs_total{verdict="conformant"})") == 1);
  BOOST_TEST(metric_value(text, R"(konform_inputs_total{verdict="not-conformant"})") == 2);
  BOOST_TEST(metric_value(text, "konform_http_request_duration_seconds_count") >= 4);
  BOOST_TEST(metric_value(text, "konform_compile_seconds") > 0);
  BOOST_TEST(metric_value(text, "konform_ready") == 1);
  // One access-log line per request, without bodies.
  const std::string log = serve.log();
  BOOST_TEST(log.find(R"("path":"/v1/validate","status":200)") != std::string::npos);
  BOOST_TEST(log.find("gewerbe.anmeldung") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(reload_keeps_the_old_chain_when_the_new_one_fails) {
  const fs::path profile = konform::test::output_dir("serve_reload_profile") / "musterstadt";
  fs::copy(musterstadt(), profile, fs::copy_options::recursive);
  ServeProcess serve({"--profile", profile.string()}, "serve_reload");
  const std::string manifest = konform::test::read_text(profile / "profile.xml");

  std::ofstream(profile / "profile.xml") << "<profile";  // broken: the reload must fail
  const HttpAnswer failed = serve.request("POST", "/v1/admin/reload");
  BOOST_TEST(failed.status == 500);
  const Json problem = Json::parse(failed.body);
  BOOST_TEST(problem.at("type") == "urn:konform:problem:reload-failed");
  BOOST_TEST(problem.at("detail").get<std::string>().find("profile.xml") != std::string::npos);
  BOOST_TEST(serve
                 .request("POST", "/v1/validate",
                          konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml"))
                 .header("x-konform-verdict") == "conformant");

  std::string next = manifest;
  next.replace(next.find("version=\"1.0.0\""), 15, "version=\"1.0.1\"");
  std::ofstream(profile / "profile.xml") << next;
  const HttpAnswer reloaded = serve.request("POST", "/v1/admin/reload");
  BOOST_TEST(reloaded.status == 200);
  BOOST_TEST(Json::parse(reloaded.body).at("chains").at(0).at("profiles").back().at("version") ==
             "1.0.1");

  // SIGHUP reloads as well.
  next.replace(next.find("version=\"1.0.1\""), 15, "version=\"1.0.2\"");
  std::ofstream(profile / "profile.xml") << next;
  serve.send_signal(SIGHUP);
  std::string version;
  for (int i = 0; i < 600 && version != "1.0.2"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    version = Json::parse(serve.request("GET", "/v1/profiles").body)
                  .at("chains")
                  .at(0)
                  .at("profiles")
                  .back()
                  .at("version");
  }
  BOOST_TEST(version == "1.0.2");
  const std::string metrics = serve.request("GET", "/metrics").body;
  BOOST_TEST(metric_value(metrics, R"(konform_reloads_total{result="success"})") == 2);
  BOOST_TEST(metric_value(metrics, R"(konform_reloads_total{result="failure"})") == 1);
}

BOOST_AUTO_TEST_CASE(sigterm_drains_the_requests_in_flight_and_exits_0) {
  ServeProcess serve({"--profile", "de.sn.musterstadt", "--workers", "1"}, "serve_drain");
  const std::string body = large_message(100000);
  auto in_flight =
      std::async(std::launch::async, [&] { return serve.request("POST", "/v1/validate", body); });
  // Wait until the request is being validated, then ask the service to stop.
  for (int i = 0; i < 400; ++i) {
    const std::string metrics = serve.request("GET", "/metrics").body;
    if (metric_value(metrics, "konform_requests_in_flight") == 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  BOOST_TEST(serve.stop_with(SIGTERM) == 0);
  const HttpAnswer answer = in_flight.get();
  BOOST_TEST(answer.status == 200);
  BOOST_TEST(answer.header("x-konform-verdict") == "not-conformant");
  BOOST_TEST(serve.request("GET", "/healthz").status == 0);  // no longer accepting
  BOOST_TEST(serve.log().find(R"("event":"draining")") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
