// A running `konform serve` for the service's end-to-end tests: started on port 0 with its
// standard output and error in files under the test's output folder, plus a small HTTP client
// (Boost.Beast, synchronous) to talk to it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace konform::test {

struct HttpAnswer {
  int status = 0;
  std::map<std::string, std::string> headers;  ///< names in lower case
  std::string body;

  std::string header(const std::string& name) const;
};

class ServeProcess {
 public:
  /// Starts `konform serve --listen 127.0.0.1:0 <arguments>` and waits until /readyz answers 200.
  ServeProcess(const std::vector<std::string>& arguments, const std::string& test_name);
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  unsigned short port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::filesystem::path& folder() const { return folder_; }

  HttpAnswer request(const std::string& method, const std::string& target,
                     const std::string& body = {},
                     const std::map<std::string, std::string>& headers = {}) const;

  /// Sends `signal` and waits for the exit; the exit code, or -1 when killed by a signal or
  /// still running after `timeout`.
  int stop_with(int signal, std::chrono::seconds timeout = std::chrono::seconds(30));
  void send_signal(int signal) const;
  /// The service's standard error so far (the access log and events).
  std::string log() const;

 private:
  pid_t pid_ = -1;
  unsigned short port_ = 0;
  std::filesystem::path folder_;
};

/// The number after `line ` in Prometheus text (`line` up to the value), or -1 when absent.
double metric_value(const std::string& metrics, const std::string& line);

/// One part of a multipart/form-data body as a browser or `curl -F` sends it; an empty filename
/// makes a plain form field.
struct FormPart {
  std::string name;
  std::string filename;
  std::string content;
};
inline const std::string kFormBoundary = "----konformTestBoundary7MA4YWxk";

/// The parts as a multipart/form-data body with kFormBoundary.
std::string multipart_body(const std::vector<FormPart>& parts);
/// The Content-Type header of such a body.
std::map<std::string, std::string> multipart_headers();

/// The text of a sample message of the shipped example profile (profiles/de/sn/musterstadt/tests).
std::string musterstadt_sample(const std::string& name);

}  // namespace konform::test
