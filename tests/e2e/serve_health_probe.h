// The health probe that runs beside each fault test: GET /healthz on a new connection every few
// milliseconds, from a thread of its own, as a load balancer probes. The fault must not stop the
// service answering it, nor slow an answer beyond the bound.
#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace konform::test {

class HealthProbe {
 public:
  /// Starts probing and returns once the first probe finished, so the fault that follows runs
  /// under the probe from its start.
  explicit HealthProbe(unsigned short port,
                       std::chrono::milliseconds bound = std::chrono::milliseconds(1000));
  ~HealthProbe();
  HealthProbe(const HealthProbe&) = delete;
  HealthProbe& operator=(const HealthProbe&) = delete;

  /// Lets two more probes finish (the last begun after the fault), stops, and checks
  /// (Boost.Test) that each probe answered 200 within the bound.
  void check();

 private:
  void run();
  void stop();
  void wait_for_probes(int count) const;

  const unsigned short port_;
  const std::chrono::milliseconds bound_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> finished_{0};  ///< probes finished, answered or not
  // Written by the probe's thread only, read after it ended.
  int answered_ = 0;
  int failed_ = 0;
  std::chrono::steady_clock::duration slowest_{};
  std::string first_failure_;
  std::thread thread_;  ///< last: starts once the members it uses exist
};

}  // namespace konform::test
