// A tiny HTTP server on 127.0.0.1 that hostile inputs point at, so a test can prove konform never
// touches the network: it binds an ephemeral port, counts every accepted connection and answers
// each with a small, valid XML Schema (so a parser that did fetch would get something usable and
// the difference would show). The count must stay at zero.
#pragma once

#include <atomic>
#include <string>
#include <thread>

namespace konform::test::security {

class LoopbackServer {
 public:
  /// Binds 127.0.0.1:0 and starts the accept thread; throws when the socket cannot be set up.
  LoopbackServer();
  /// Stops the thread and closes the socket.
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  int port() const { return port_; }
  /// "http://127.0.0.1:PORT" without a trailing slash.
  std::string base_url() const;
  /// Connections accepted so far.
  int connections() const { return connections_.load(); }

 private:
  void serve();

  int socket_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> connections_{0};
  std::thread thread_;
};

}  // namespace konform::test::security
