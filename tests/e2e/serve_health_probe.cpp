#include "tests/e2e/serve_health_probe.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <exception>

#include "tests/e2e/serve_raw_connection.h"

namespace konform::test {
namespace {

// Often enough that a stall of a few tens of milliseconds is seen; each probe is one connection.
constexpr std::chrono::milliseconds kProbeInterval{5};

/// Why one probe failed, or nothing when /healthz answered 200 within `bound`.
std::string probe_failure(unsigned short port, std::chrono::milliseconds bound) {
  try {
    RawConnection connection(port);
    if (!connection.send(get_request("/healthz"), bound)) return "the request could not be sent";
    const auto answer = connection.read_answer(bound);
    if (!answer) return "no answer within " + std::to_string(bound.count()) + " ms";
    if (answer->status != 200) return "status " + std::to_string(answer->status);
    return {};
  } catch (const std::exception& error) {
    return error.what();
  }
}

}  // namespace

HealthProbe::HealthProbe(unsigned short port, std::chrono::milliseconds bound)
    : port_(port), bound_(bound), thread_([this] { run(); }) {
  wait_for_probes(1);
}

HealthProbe::~HealthProbe() { stop(); }

void HealthProbe::run() {
  while (!stopping_) {
    const auto started = std::chrono::steady_clock::now();
    const std::string failure = probe_failure(port_, bound_);
    slowest_ = std::max(slowest_, std::chrono::steady_clock::now() - started);
    if (failure.empty()) {
      ++answered_;
    } else if (failed_++ == 0) {
      first_failure_ = failure;
    }
    ++finished_;
    std::this_thread::sleep_for(kProbeInterval);
  }
}

void HealthProbe::wait_for_probes(int count) const {
  while (finished_ < count) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void HealthProbe::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

void HealthProbe::check() {
  wait_for_probes(finished_ + 2);
  stop();
  const auto slowest_ms = std::chrono::duration_cast<std::chrono::milliseconds>(slowest_).count();
  BOOST_TEST_MESSAGE("health probe: " << answered_ << " answered, " << failed_
                                      << " failed, slowest " << slowest_ms << " ms");
  BOOST_TEST(answered_ > 0);
  BOOST_TEST(failed_ == 0,
             "health probe failed " << failed_ << " times, first: " << first_failure_);
  BOOST_TEST(slowest_ms <= bound_.count());
}

}  // namespace konform::test
