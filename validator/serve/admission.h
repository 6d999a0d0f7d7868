// Admission control: at most `running + waiting` validations are accepted at once; the next
// request is refused (429) at the door instead of waiting in an unbounded queue while its client
// times out. Counts are atomics: the I/O thread admits, the workers start and finish.
#pragma once

#include <atomic>
#include <cstddef>

namespace konform::serve {

class Admission {
 public:
  Admission(std::size_t running, std::size_t waiting) : capacity_(running + waiting) {}

  /// Takes a place if one is free; the caller must call finished() once it is done.
  bool try_admit();
  /// A worker picked the admitted request up (it leaves the queue, it is in flight).
  void started() noexcept;
  /// The request's validation ended (in flight) or was dropped before it started (queued).
  void finished(bool was_started) noexcept;

  std::size_t in_flight() const noexcept { return in_flight_.load(); }
  std::size_t queued() const noexcept { return queued_.load(); }

 private:
  const std::size_t capacity_;
  std::atomic<std::size_t> admitted_{0};
  std::atomic<std::size_t> in_flight_{0};
  std::atomic<std::size_t> queued_{0};
};

}  // namespace konform::serve
