// Where a Schematron run spends its time, per rule context, let and assertion, summed over any
// number of runs: what the benchmark's rule profile lists (tests/bench/schematron_profile.cpp),
// so the work of making rule sets faster starts from the asserts that cost most. Collected only
// when RunOptions::timings is set; a run without it reads no clock per evaluation.
#pragma once

#include <chrono>
#include <cstdint>
#include <unordered_map>

#include "validator/schematron/schema.h"

namespace konform::schematron {

struct Cost {
  std::chrono::nanoseconds time{0};
  std::uint64_t evaluations = 0;
};

struct RuleTimings {
  /// Matching each rule's context against the nodes the rule index offered it.
  std::unordered_map<const Rule*, Cost> contexts;
  /// Each rule's lets, per firing, together.
  std::unordered_map<const Rule*, Cost> lets;
  /// Each assertion's test (and its message when it fires).
  std::unordered_map<const Assertion*, Cost> assertions;
  /// The schema's global lets, per document, together.
  Cost globals;
};

/// Adds the time from construction to destruction to a Cost; does nothing for a null Cost.
class CostTimer {
 public:
  explicit CostTimer(Cost* cost)
      : cost_(cost), start_(cost ? std::chrono::steady_clock::now() : Clock::time_point{}) {}
  ~CostTimer() {
    if (cost_ == nullptr) return;
    cost_->time += Clock::now() - start_;
    ++cost_->evaluations;
  }
  CostTimer(const CostTimer&) = delete;
  CostTimer& operator=(const CostTimer&) = delete;

 private:
  using Clock = std::chrono::steady_clock;
  Cost* cost_;
  Clock::time_point start_;
};

}  // namespace konform::schematron
