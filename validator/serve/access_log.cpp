#include "validator/serve/access_log.h"

#include <ctime>
#include <iostream>
#include <mutex>

namespace konform::serve {
namespace {

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

// Lines from the I/O thread and the reload thread never interleave.
void write_line(const nlohmann::ordered_json& line) {
  static std::mutex mutex;
  const std::string text =
      line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard lock(mutex);
  std::cerr << text << std::flush;
}

}  // namespace

void log_access(const AccessRecord& record) {
  write_line({{"time", utc_now()},
              {"remote", record.remote},
              {"method", record.method},
              {"path", record.path},
              {"status", record.status},
              {"requestBytes", record.request_bytes},
              {"responseBytes", record.response_bytes},
              {"ms", static_cast<long>(record.latency.count() * 1000)}});
}

void log_event(const std::string& name, nlohmann::ordered_json fields) {
  nlohmann::ordered_json line{{"time", utc_now()}, {"event", name}};
  line.update(fields);
  write_line(line);
}

}  // namespace konform::serve
