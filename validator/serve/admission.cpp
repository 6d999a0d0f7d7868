#include "validator/serve/admission.h"

namespace konform::serve {

bool Admission::try_admit() {
  std::size_t now = admitted_.load();
  do {
    if (now >= capacity_) return false;
  } while (!admitted_.compare_exchange_weak(now, now + 1));
  ++queued_;
  return true;
}

void Admission::started() noexcept {
  --queued_;
  ++in_flight_;
}

void Admission::finished(bool was_started) noexcept {
  if (was_started) {
    --in_flight_;
  } else {
    --queued_;
  }
  --admitted_;
}

}  // namespace konform::serve
