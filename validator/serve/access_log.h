// The access log: one JSON object per line on standard error, per request (method, path without
// query, status, sizes, time) and per service event (ready, reload, drain). Never a body, never a
// query string (it may carry file names), never a header (it may carry the token).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace konform::serve {

struct AccessRecord {
  std::string remote;
  std::string method;
  std::string path;
  int status = 0;
  std::size_t request_bytes = 0;
  std::size_t response_bytes = 0;
  std::chrono::duration<double> latency{0};
};

void log_access(const AccessRecord& record);

/// A service event: {"event": name, ...fields}.
void log_event(const std::string& name,
               nlohmann::ordered_json fields = nlohmann::ordered_json::object());

}  // namespace konform::serve
