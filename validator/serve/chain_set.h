// The compiled chains a service validates against: one per `--profile`, compiled once and shared
// read-only by every worker. A reload compiles a whole new set beside the old one and swaps the
// pointer: requests already running keep the set they started with (their shared_ptr).
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "konform/chain.h"
#include "validator/serve/serve_options.h"

namespace konform::serve {

struct LoadedChain {
  std::string name;  ///< the `--profile` argument it was built from
  std::shared_ptr<const api::CompiledChain> chain;
  std::string id;       ///< its last profile's id (the profile the chain is for)
  std::string version;  ///< and that profile's version
};

struct ChainSet {
  std::vector<LoadedChain> chains;
  std::chrono::duration<double> compile_time{0};

  /// The chain `?profile=` names: by its `--profile` argument, else as ID or ID@RANGE (a
  /// version range as `--profile` takes it) of its last profile, the highest version matching.
  /// Empty `wanted` picks the only chain; null when none (or several) match.
  const LoadedChain* find(const std::string& wanted) const;
  /// Each chain as "name (id version)", for answers that list what is loaded.
  std::string describe() const;
};

/// Compiles every chain of `options`. Throws api::ConfigurationError (the first that fails).
std::shared_ptr<const ChainSet> compile_chains(const ServeOptions& options);

/// The current set, swapped atomically.
class ChainRegistry {
 public:
  std::shared_ptr<const ChainSet> current() const;
  void replace(std::shared_ptr<const ChainSet> chains);

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const ChainSet> chains_;
};

}  // namespace konform::serve
