// The InputCheckers of one compiled profile, kept from run to run. A checker builds its Xerces
// readers and code-list sinks on first use; a batch keeps one per thread for all its inputs, but a
// service checks one request's inputs per run, and building them anew cost about 0.6 M
// instructions an XRechnung request. A pool lent to every run of a chain keeps them: it is bound
// to that chain (its profile and options), so a checker never serves another chain, and when the
// chain goes after a reload its checkers go with it.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "validator/check/input_checker.h"

namespace konform {

class InputCheckerPool {
 public:
  /// Checkers for `profile` (which must outlive the pool) under `options` (its `jobs` unused).
  InputCheckerPool(const CompiledProfile& profile, CheckOptions options);
  InputCheckerPool(const InputCheckerPool&) = delete;
  InputCheckerPool& operator=(const InputCheckerPool&) = delete;

  /// One checker, for one thread until the lease ends; then it returns to the pool with the
  /// run's input set forgotten (InputChecker::use_input_set).
  class Lease {
   public:
    Lease(InputCheckerPool& pool, std::unique_ptr<InputChecker> checker)
        : pool_(&pool), checker_(std::move(checker)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_->give_back(std::move(checker_)); }
    InputChecker& operator*() const { return *checker_; }
    InputChecker* operator->() const { return checker_.get(); }

   private:
    InputCheckerPool* pool_;
    std::unique_ptr<InputChecker> checker_;
  };

  /// An idle checker, or a new one when every checker is lent: the pool grows to the most runs
  /// (times their jobs) that ever checked at once, and keeps them all.
  Lease borrow();

  const CompiledProfile& profile() const { return profile_; }
  const CheckOptions& options() const { return options_; }
  /// Checkers idle in the pool now (for tests).
  std::size_t idle() const;

 private:
  void give_back(std::unique_ptr<InputChecker> checker);

  const CompiledProfile& profile_;
  const CheckOptions options_;
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<InputChecker>> idle_;
};

/// check_inputs() (input_checker.h) with the pool's profile, options and checkers, `jobs` inputs
/// at a time.
Report check_inputs(InputCheckerPool& checkers, std::vector<InputSource> inputs, unsigned jobs,
                    std::vector<std::string>* explanations = nullptr);

}  // namespace konform
