// What `konform serve` is started with: where to listen, which chains to compile, and the limits
// that keep one client from taking the service down for everybody else.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace konform::serve {

struct ServeOptions {
  std::vector<std::string> listen{"127.0.0.1:8080"};  ///< ADDR:PORT; port 0 picks a free one
  std::vector<std::string> profiles;  ///< one chain per entry (id[@range] or folder)
  std::vector<std::filesystem::path> profile_path;
  unsigned workers = 0;                       ///< validation threads; 0: one per core
  std::size_t max_body = 10 * 1024 * 1024;    ///< request bodies beyond are refused (413)
  unsigned max_inflight = 0;                  ///< validations at once; 0: the workers
  unsigned queue = 64;                        ///< admitted requests waiting for a worker
  std::chrono::milliseconds timeout{30'000};  ///< answer 504 when a validation takes longer
  /// A connection that starts no request for this long is closed (keep-alive and never-used
  /// connections alike), so idle clients cannot hold the service's sockets.
  std::chrono::milliseconds idle_timeout{60'000};
  /// A request, once its first byte arrived, must be read whole within this (slowloris).
  std::chrono::milliseconds read_timeout{30'000};
  std::optional<std::filesystem::path> token_file;
};

}  // namespace konform::serve
