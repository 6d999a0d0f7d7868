// `konform serve` under the faults a public service meets (issue #21): a client that disconnects
// mid-body, slowloris, a 1 GB body (announced, and chunked without a length), malformed multipart,
// invalid headers, a zip bomb, 1,000 idle connections, and no file descriptors left. During each a
// health probe keeps getting 200 from /healthz within its bound; afterwards the service still
// validates a normal request and drains at once on SIGTERM (a request left counted as busy would
// stall the drain).
#include <signal.h>
#include <sys/resource.h>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/e2e/serve_health_probe.h"
#include "tests/e2e/serve_process.h"
#include "tests/e2e/serve_raw_connection.h"
#include "tests/support/files.h"
#include "tests/support/test_archives.h"
#include "tests/support/test_paths.h"

using konform::test::HealthProbe;
using konform::test::HttpAnswer;
using konform::test::RawConnection;
using konform::test::ServeProcess;
using Json = nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> musterstadt_serve(std::vector<std::string> options = {}) {
  options.insert(options.begin(), {"--profile", "de.sn.musterstadt"});
  return options;
}

std::string conformant_sample() {
  return konform::test::musterstadt_sample("gewerbe-anmeldung-konform.xml");
}

/// After a fault: a normal validation is answered, and SIGTERM drains at once.
void still_validates_and_drains(ServeProcess& serve) {
  const HttpAnswer answer = serve.request("POST", "/v1/validate", conformant_sample());
  BOOST_TEST(answer.status == 200);
  BOOST_TEST(answer.header("x-konform-verdict") == "conformant");
  BOOST_TEST(serve.stop_with(SIGTERM, std::chrono::seconds(10)) == 0);
}

void expect_problem(const std::optional<HttpAnswer>& answer, int status, const std::string& type) {
  BOOST_REQUIRE_MESSAGE(answer.has_value(), "no answer in time");
  BOOST_TEST(answer->status == status);
  BOOST_TEST(answer->header("content-type") == "application/problem+json");
  BOOST_TEST(Json::parse(answer->body).at("type") == "urn:konform:problem:" + type);
}

/// A request head for POST `target` with `fields` (each ending in CRLF).
std::string post_head(const std::string& target, const std::string& fields) {
  return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields + "\r\n";
}

/// Sends `head` at once and then `trickled` one byte every 20 ms until the server closes the
/// connection; how long after the first byte it did (a minute when it never did).
std::chrono::milliseconds closed_after_trickling(unsigned short port, const std::string& head,
                                                 const std::string& trickled) {
  RawConnection client(port);
  const auto started = std::chrono::steady_clock::now();
  bool open = client.send(head);
  for (std::size_t i = 0; open && i < trickled.size() && !client.readable(); ++i) {
    open = client.send(std::string_view(trickled).substr(i, 1));
    std::this_thread::sleep_for(20ms);
  }
  if (!client.closed_by_peer(5s)) return 60s;
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               started);
}

/// A file descriptor limit for this process and the children it starts, restored on destruction.
class OpenFilesLimit {
 public:
  explicit OpenFilesLimit(rlim_t soft) {
    BOOST_REQUIRE(getrlimit(RLIMIT_NOFILE, &saved_) == 0);
    rlimit lowered = saved_;
    lowered.rlim_cur = std::min(soft, saved_.rlim_max);
    BOOST_REQUIRE(setrlimit(RLIMIT_NOFILE, &lowered) == 0);
  }
  ~OpenFilesLimit() { setrlimit(RLIMIT_NOFILE, &saved_); }
  OpenFilesLimit(const OpenFilesLimit&) = delete;
  OpenFilesLimit& operator=(const OpenFilesLimit&) = delete;

 private:
  rlimit saved_{};
};

/// The share of `samples` looks, 5 ms apart, that found a thread of process `pid` running or
/// runnable (state R in /proc/PID/task/TID/stat): near 1 for a process that spins, whether or
/// not a loaded machine gives it a core, near 0 for one that waits.
double running_share(pid_t pid, int samples) {
  const std::filesystem::path tasks = "/proc/" + std::to_string(pid) + "/task";
  int running = 0;
  for (int i = 0; i < samples; ++i) {
    for (const auto& task : std::filesystem::directory_iterator(tasks)) {
      const std::string stat = konform::test::read_text(task.path() / "stat");
      if (stat.compare(stat.rfind(')') + 2, 1, "R") == 0) {
        ++running;
        break;
      }
    }
    std::this_thread::sleep_for(5ms);
  }
  return static_cast<double>(running) / samples;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_faults)

BOOST_AUTO_TEST_CASE(clients_that_disconnect_mid_body_or_before_the_answer_cost_nothing) {
  ServeProcess serve(musterstadt_serve(), "serve_fault_disconnect");
  HealthProbe probe(serve.port());
  const std::string body = conformant_sample();
  const std::string head =
      post_head("/v1/validate", "Content-Length: " + std::to_string(body.size()) + "\r\n");
  for (int i = 0; i < 24; ++i) {
    RawConnection client(serve.port());
    // Half the body, or all of it and gone before the answer; closed in order or reset.
    const bool whole = i % 4 >= 2;
    BOOST_TEST(client.send(head + (whole ? body : body.substr(0, body.size() / 2))));
    if (i % 2 == 1) client.reset();
  }
  probe.check();
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_CASE(slowloris_is_closed_after_the_read_timeout) {
  ServeProcess serve(musterstadt_serve({"--read-timeout", "500"}), "serve_fault_slowloris");
  HealthProbe probe(serve.port());
  // Headers trickled byte by byte (500 bytes would take 10 s) ...
  const auto headers = closed_after_trickling(
      serve.port(), "",
      post_head("/v1/validate",
                "Content-Length: 10\r\nX-Padding: " + std::string(400, 'a') + "\r\n"));
  // ... and a body after a whole head.
  const auto body = closed_after_trickling(
      serve.port(), post_head("/v1/validate", "Content-Length: 500\r\n"), std::string(500, '<'));
  for (const auto closed_after : {headers, body}) {
    BOOST_TEST(closed_after.count() >= 400);   // not before --read-timeout
    BOOST_TEST(closed_after.count() <= 2500);  // but soon after it
  }
  probe.check();
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_CASE(an_announced_gigabyte_is_refused_at_once_without_reading_it) {
  ServeProcess serve(musterstadt_serve(), "serve_fault_announced_gigabyte");
  HealthProbe probe(serve.port());
  for (const std::string target : {"/v1/validate", "/v1/compare", "/"}) {
    RawConnection client(serve.port());
    BOOST_TEST(client.send(post_head(target, "Content-Length: 1073741824\r\n")));
    BOOST_TEST(client.send(std::string(64 * 1024, '<')));  // the body begins, the rest never comes
    expect_problem(client.read_answer(2s), 413, "body-too-large");
    BOOST_TEST(client.closed_by_peer(2s));
  }
  probe.check();
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_CASE(a_chunked_gigabyte_is_refused_once_past_the_limit_and_closed) {
  ServeProcess serve(musterstadt_serve({"--max-body", "1048576"}), "serve_fault_chunked_gigabyte");
  HealthProbe probe(serve.port());
  RawConnection client(serve.port());
  BOOST_TEST(client.send(post_head("/v1/validate", "Transfer-Encoding: chunked\r\n")));
  const std::string chunk = "10000\r\n" + std::string(0x10000, '<') + "\r\n";
  std::size_t sent = 0;
  while (sent < (std::size_t{1} << 30) && !client.readable() && client.send(chunk)) {
    sent += 0x10000;
  }
  expect_problem(client.read_answer(2s), 413, "body-too-large");
  BOOST_TEST(sent < (std::size_t{64} << 20), sent);  // answered near the limit, not at 1 GB
  BOOST_TEST(client.closed_by_peer(6s));
  probe.check();
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_CASE(malformed_multipart_bodies_answer_400) {
  ServeProcess serve(musterstadt_serve(), "serve_fault_multipart");
  HealthProbe probe(serve.port());
  const std::string part =
      "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xml\"\r\n\r\n<a/>\r\n";
  const std::vector<std::pair<std::string, std::string>> malformed{
      {"multipart/form-data", part + "--b--\r\n"},                     // no boundary parameter
      {"multipart/form-data; boundary=b", part},                       // no closing boundary
      {"multipart/form-data; boundary=b", "no boundary line at all"},  // no part
      {"multipart/form-data; boundary=b", "--b\r\nX: " + std::string(9000, 'x') + "\r\n\r\n"},
      {"multipart/form-data; boundary=b", "--b\r\n\r\n<a/>\r\n--b--\r\n"},  // no disposition
  };
  for (const auto& [content_type, body] : malformed) {
    RawConnection client(serve.port());
    BOOST_TEST(client.send(post_head("/v1/validate", "Content-Type: " + content_type +
                                                         "\r\nContent-Length: " +
                                                         std::to_string(body.size()) + "\r\n") +
                           body));
    expect_problem(client.read_answer(2s), 400, "malformed-multipart");
  }
  probe.check();
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_CASE(invalid_headers_answer_400_and_close_the_connection) {
  ServeProcess serve(musterstadt_serve(), "serve_fault_invalid_header");
  HealthProbe probe(serve.port());
  const std::string host = "Host: 127.0.0.1\r\n";
  const std::vector<std::string> invalid{
      "GET /healthz HTTP/1.1\r\n" + host + "Bad Header: a space in the name\r\n\r\n",
      "GET /healthz HTTP/1.1\r\n" + host + "no colon at all\r\n\r\n",
      "GET /healthz HTTP/1.1\r\n" + host + "X-Control: a\x01" + "b\r\n\r\n",
      "GET /healthz HTTP/7.1\r\n" + host + "\r\n",
      "GET /healthz\r\n" + host + "\r\n",
      "POST /v1/validate HTTP/1.1\r\n" + host + "Content-Length: -5\r\n\r\n",
      "POST /v1/validate HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 7\r\n\r\n",
      "POST /v1/validate HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n",
  };
  for (const std::string& request : invalid) {
    BOOST_TEST_CONTEXT(request) {
      RawConnection client(serve.port());
      BOOST_TEST(client.send(request));
      expect_problem(client.read_answer(2s), 400, "bad-request");
      BOOST_TEST(client.closed_by_peer(6s));
    }
  }
  // Headers beyond the limit are a size, not a syntax, problem.
  RawConnection client(serve.port());
  BOOST_TEST(client.send("GET /healthz HTTP/1.1\r\n" + host +
                         "X-Big: " + std::string(20 * 1024, 'x') + "\r\n\r\n"));
  expect_problem(client.read_answer(2s), 431, "headers-too-large");
  probe.check();
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_CASE(a_zip_bomb_to_compare_answers_413) {
  // A candidate may unpack to ten times the body limit: 10 MiB here; the bomb holds 64 MiB of
  // zeros in about 64 KiB.
  ServeProcess serve(musterstadt_serve({"--max-body", "1048576"}), "serve_fault_zip_bomb");
  const auto zip = konform::test::output_dir("serve_fault_zip_bomb_input") / "bomb.zip";
  konform::test::write_archive(zip, konform::test::ArchiveKind::zip,
                               {{"zeros.xml", std::string(64 << 20, '0'), ""}});
  const std::string bomb = konform::test::read_text(zip);
  BOOST_TEST_REQUIRE(bomb.size() < 1048576u);
  const std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"bomb\"; filename=\"bomb.zip\"\r\n"
      "Content-Type: application/zip\r\n\r\n" +
      bomb + "\r\n--b--\r\n";
  HealthProbe probe(serve.port());
  const HttpAnswer answer = serve.request("POST", "/v1/compare", body,
                                          {{"Content-Type", "multipart/form-data; boundary=b"}});
  expect_problem(answer, 413, "candidate-too-large");
  const std::string detail = Json::parse(answer.body).at("detail");
  BOOST_TEST(detail.find("'bomb': zip entry 'zeros.xml' refused") != std::string::npos, detail);
  probe.check();
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_CASE(a_thousand_idle_connections_are_served_beside_and_closed_when_idle) {
  std::unique_ptr<ServeProcess> serve;
  {
    // Started with a soft limit of 256 descriptors, far below 1,000 connections: the service
    // raises its own to the hard limit.
    OpenFilesLimit low(256);
    serve = std::make_unique<ServeProcess>(musterstadt_serve({"--idle-timeout", "3000"}),
                                           "serve_fault_idle");
  }
  rlimit limit{};
  getrlimit(RLIMIT_NOFILE, &limit);
  BOOST_REQUIRE_MESSAGE(limit.rlim_max >= 1100, "the hard limit of open files is too low");
  OpenFilesLimit enough(limit.rlim_max);
  // A thousand connections arriving at once queue before the probe's: a looser bound.
  HealthProbe probe(serve->port(), 2000ms);
  const auto opened = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 1000; ++i) idle.push_back(std::make_unique<RawConnection>(serve->port()));
  // Half a keep-alive connection that was used once, half connected and never used.
  for (int i = 0; i < 1000; i += 2) {
    BOOST_TEST_REQUIRE(idle[i]->send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  }
  for (int i = 0; i < 1000; i += 2) {
    BOOST_TEST_REQUIRE(idle[i]->read_answer(5s).value_or(HttpAnswer{}).status == 200);
  }
  const HttpAnswer answer = serve->request("POST", "/v1/validate", conformant_sample());
  BOOST_TEST(answer.header("x-konform-verdict") == "conformant");
  const auto served = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - opened);
  BOOST_TEST_REQUIRE(served.count() < 2500,
                     "too slow to check the idle timeout: " << served.count());
  BOOST_TEST(!idle.front()->readable());  // still open before --idle-timeout
  BOOST_TEST(!idle.back()->readable());
  int closed = 0;
  for (auto& connection : idle) closed += connection->closed_by_peer(5s);
  BOOST_TEST(closed == 1000);
  probe.check();
  still_validates_and_drains(*serve);
}

BOOST_AUTO_TEST_CASE(out_of_file_descriptors_the_service_waits_instead_of_spinning) {
  ServeProcess serve(musterstadt_serve(), "serve_fault_descriptors");
  const rlimit few{64, 64};
  BOOST_REQUIRE(prlimit(serve.pid(), RLIMIT_NOFILE, &few, nullptr) == 0);
  {
    // More connections than the service has descriptors: the rest wait in the backlog.
    std::vector<std::unique_ptr<RawConnection>> many;
    for (int i = 0; i < 100; ++i) many.push_back(std::make_unique<RawConnection>(serve.port()));
    std::this_thread::sleep_for(100ms);
    const double running = running_share(serve.pid(), 100);
    BOOST_TEST(running < 0.5, "the service ran in " << running * 100 << " % of 100 looks, idle");
  }
  // Once descriptors are free again, it accepts again.
  HealthProbe probe(serve.port());
  std::this_thread::sleep_for(100ms);
  probe.check();
  BOOST_TEST(serve.log().find(R"("event":"accept-failed")") != std::string::npos);
  still_validates_and_drains(serve);
}

BOOST_AUTO_TEST_SUITE_END()
