#include "validator/xdm/id_table.h"

namespace konform::xdm {

void IdTable::insert(std::uint64_t hash, std::uint32_t id) {
  // At most half full: probe runs stay short.
  if ((used_ + 1) * 2 > slots_.size()) grow();
  place(Slot{hash, id});
  ++used_;
}

void IdTable::place(const Slot& slot) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot.hash & mask;
  while (slots_[i].id != kAbsent) i = (i + 1) & mask;
  slots_[i] = slot;
}

void IdTable::grow() {
  std::vector<Slot> old(slots_.empty() ? 64 : slots_.size() * 2);
  old.swap(slots_);
  for (const Slot& slot : old) {
    if (slot.id != kAbsent) place(slot);
  }
}

void IdTable::clear() {
  slots_.clear();
  used_ = 0;
}

}  // namespace konform::xdm
