// What the service counts for Prometheus (`GET /metrics`, text exposition format 0.0.4): requests
// by route and status, their latency, inputs by verdict, reloads and the last compile time.
// Gauges that belong to others (in flight, queued, ready) are read when rendering.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "konform/report.h"

namespace konform::serve {

/// Gauges sampled at scrape time.
struct MetricsGauges {
  std::size_t in_flight = 0;
  std::size_t queued = 0;
  bool ready = false;
};

class Metrics {
 public:
  /// Upper bounds of the latency histogram's buckets, in seconds.
  static constexpr std::array<double, 12> kLatencyBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                          0.5,   1,    2.5,   5,    10,  30};

  void count_request(const std::string& route, int status, std::chrono::duration<double> latency);
  void count_verdict(api::Verdict verdict);
  void count_reload(bool succeeded);
  void set_compile_time(std::chrono::duration<double> seconds);

  /// The Prometheus text of every metric.
  std::string render(const MetricsGauges& gauges) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::array<std::uint64_t, kLatencyBuckets.size()> latency_buckets_{};
  std::uint64_t latency_count_ = 0;
  double latency_sum_ = 0;
  std::map<std::string, std::uint64_t> verdicts_;
  std::uint64_t reloads_succeeded_ = 0;
  std::uint64_t reloads_failed_ = 0;
  double compile_seconds_ = 0;
};

}  // namespace konform::serve
