// A client connection to `konform serve` that sends exactly the bytes a test gives (a request cut
// off, trickled, malformed or endless) and waits for answers with deadlines, so a server that
// misbehaves fails the test instead of hanging it. POSIX sockets: no HTTP library would send
// what these tests send.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "tests/e2e/serve_process.h"

namespace konform::test {

class RawConnection {
 public:
  /// Connects to 127.0.0.1:`port`; throws std::runtime_error when it cannot.
  explicit RawConnection(unsigned short port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  /// Sends all of `bytes` within `timeout`; false when the peer closed or it did not fit in time.
  bool send(std::string_view bytes,
            std::chrono::milliseconds timeout = std::chrono::milliseconds(2000));
  /// Whether an answer (or the peer's close) is waiting to be read, after up to `timeout`.
  bool readable(std::chrono::milliseconds timeout = std::chrono::milliseconds(0)) const;
  /// One whole HTTP response (head and Content-Length body) within `timeout`, or none.
  std::optional<HttpAnswer> read_answer(std::chrono::milliseconds timeout);
  /// Whether the peer closed the connection (end of stream or reset) within `timeout`; bytes
  /// that arrive before are dropped.
  bool closed_by_peer(std::chrono::milliseconds timeout);
  /// Closes with a reset (SO_LINGER 0) instead of an orderly close, as a crashed client does.
  void reset();

 private:
  enum class Received { kData, kNothing, kClosed };
  /// Appends to received_ what arrives before `deadline`: data, nothing in time, or the close.
  Received receive(std::chrono::steady_clock::time_point deadline);

  int fd_ = -1;
  std::string received_;
};

/// A GET request for `path` that asks the server to close afterwards.
std::string get_request(const std::string& path);

}  // namespace konform::test
