#include "tests/e2e/serve_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/test/unit_test.hpp>

#include <regex>
#include <thread>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"

namespace konform::test {
namespace {

namespace net = boost::asio;
namespace http = boost::beast::http;

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string file_text(const std::filesystem::path& path) {
  return std::filesystem::exists(path) ? read_text(path) : std::string();
}

}  // namespace

std::string HttpAnswer::header(const std::string& name) const {
  const auto found = headers.find(lower(name));
  return found == headers.end() ? std::string() : found->second;
}

ServeProcess::ServeProcess(const std::vector<std::string>& arguments, const std::string& test_name)
    : folder_(output_dir(test_name)) {
  std::vector<std::string> argv{konform_binary().string(), "serve", "--listen", "127.0.0.1:0"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  const std::string out = (folder_ / "stdout.txt").string();
  const std::string err = (folder_ / "stderr.txt").string();
  pid_ = fork();
  BOOST_REQUIRE(pid_ >= 0);
  if (pid_ == 0) {
    const int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  // The bound port is announced on standard output; then wait for the chains to compile.
  static const std::regex announced(R"(listening on http://127\.0\.0\.1:(\d+))");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  std::smatch match;
  while (std::chrono::steady_clock::now() < deadline) {
    const std::string text = file_text(folder_ / "stdout.txt");
    if (std::regex_search(text, match, announced)) {
      port_ = static_cast<unsigned short>(std::stoi(match[1]));
      break;
    }
    int status = 0;
    BOOST_REQUIRE_MESSAGE(waitpid(pid_, &status, WNOHANG) == 0,
                          "konform serve exited early: " + log());
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  BOOST_REQUIRE_MESSAGE(port_ != 0, "konform serve announced no port: " + log());
  while (std::chrono::steady_clock::now() < deadline) {
    if (request("GET", "/readyz").status == 200) return;
    int status = 0;
    BOOST_REQUIRE_MESSAGE(waitpid(pid_, &status, WNOHANG) == 0,
                          "konform serve exited before ready: " + log());
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  BOOST_FAIL("konform serve never became ready: " + log());
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

HttpAnswer ServeProcess::request(const std::string& method, const std::string& target,
                                 const std::string& body,
                                 const std::map<std::string, std::string>& headers) const {
  net::io_context io;
  net::ip::tcp::socket socket(io);
  boost::system::error_code error;
  socket.connect({net::ip::address_v4::loopback(), port_}, error);
  if (error) return {};
  http::request<http::string_body> request{http::string_to_verb(method), target, 11};
  request.set(http::field::host, "127.0.0.1");
  for (const auto& [name, value] : headers) request.set(name, value);
  request.body() = body;
  request.prepare_payload();
  http::write(socket, request, error);
  boost::beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  http::read(socket, buffer, parser, error);
  if (error) return {};
  HttpAnswer answer;
  answer.status = static_cast<int>(parser.get().result_int());
  for (const auto& field : parser.get()) {
    answer.headers[lower(std::string(field.name_string()))] = std::string(field.value());
  }
  answer.body = parser.get().body();
  return answer;
}

void ServeProcess::send_signal(int signal) const { kill(pid_, signal); }

int ServeProcess::stop_with(int signal, std::chrono::seconds timeout) {
  kill(pid_, signal);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return -1;
}

std::string ServeProcess::log() const { return file_text(folder_ / "stderr.txt"); }

double metric_value(const std::string& metrics, const std::string& line) {
  const auto at = metrics.find("\n" + line + " ");
  if (at == std::string::npos) return -1;
  return std::stod(metrics.substr(at + line.size() + 2));
}

std::string multipart_body(const std::vector<FormPart>& parts) {
  std::string body;
  for (const auto& part : parts) {
    body += "--" + kFormBoundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
    if (!part.filename.empty()) body += "; filename=\"" + part.filename + "\"";
    body += "\r\nContent-Type: application/xml\r\n\r\n" + part.content + "\r\n";
  }
  return body + "--" + kFormBoundary + "--\r\n";
}

std::map<std::string, std::string> multipart_headers() {
  return {{"Content-Type", "multipart/form-data; boundary=" + kFormBoundary}};
}

std::string musterstadt_sample(const std::string& name) {
  return read_text(source_dir() / "profiles/de/sn/musterstadt/tests" / name);
}

}  // namespace konform::test
