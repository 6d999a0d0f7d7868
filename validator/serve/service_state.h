// What every connection of one service shares: its options, the current chains, the counters,
// the limits and the worker pool. Owned by the Server; sessions hold a reference.
#pragma once

#include <boost/asio/thread_pool.hpp>

#include <atomic>
#include <functional>
#include <string>

#include "validator/serve/admission.h"
#include "validator/serve/chain_set.h"
#include "validator/serve/metrics.h"
#include "validator/serve/serve_options.h"

namespace konform::serve {

/// Called on the reload thread when a reload ended: empty on success, else why it failed.
using ReloadDone = std::function<void(const std::string& failure)>;

struct ServiceState {
  ServiceState(ServeOptions options_in, std::string token_in, unsigned worker_threads)
      : options(std::move(options_in)),
        token(std::move(token_in)),
        admission(worker_threads, options.queue),
        workers(worker_threads) {}

  const ServeOptions options;
  const std::string token;  ///< empty: no authentication
  ChainRegistry chains;
  Metrics metrics;
  Admission admission;
  boost::asio::thread_pool workers;
  std::atomic<bool> ready{false};
  std::atomic<bool> draining{false};
  /// Requests read and not yet answered: draining waits for this to reach zero.
  std::atomic<std::size_t> busy{0};
  /// Compiles the chains anew beside the current ones and swaps them in (Server::reload).
  std::function<void(ReloadDone)> reload;

  MetricsGauges gauges() const { return {admission.in_flight(), admission.queued(), ready}; }
};

}  // namespace konform::serve
