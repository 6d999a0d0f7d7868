#include "validator/check/input_checker_pool.h"

#include <new>
#include <utility>

namespace konform {

InputCheckerPool::InputCheckerPool(const CompiledProfile& profile, CheckOptions options)
    : profile_(profile), options_(std::move(options)) {}

InputCheckerPool::Lease InputCheckerPool::borrow() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto checker = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(checker));
    }
  }
  // Built outside the lock: other runs need not wait for it.
  return Lease(*this, std::make_unique<InputChecker>(profile_, options_));
}

void InputCheckerPool::give_back(std::unique_ptr<InputChecker> checker) {
  // The run's documents (and the input set they came from) end with the run.
  checker->forget_input_set();
  std::lock_guard lock(mutex_);
  try {
    idle_.push_back(std::move(checker));
  } catch (const std::bad_alloc&) {
    // Called from a lease's destructor: a checker the pool cannot hold is simply freed.
  }
}

std::size_t InputCheckerPool::idle() const {
  std::lock_guard lock(mutex_);
  return idle_.size();
}

}  // namespace konform
