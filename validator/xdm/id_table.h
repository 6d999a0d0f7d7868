// An index from a hash to dense ids (the tree builder's interned strings, lexical names and
// expanded names). It holds no keys: the caller tells whether an id is the one it looks for, by
// comparing what the id stands for in the document being built. Every element and attribute
// asks it, and per document the unordered_maps it replaces built a std::string (or allocated a
// node) for each look-up and insertion: about 460 instructions per interned string.
#pragma once

#include <cstdint>
#include <vector>

namespace konform::xdm {

class IdTable {
 public:
  static constexpr std::uint32_t kAbsent = 0xffffffffu;

  /// The id stored under `hash` for which `same(id)` holds, or kAbsent.
  template <class Same>
  std::uint32_t find(std::uint64_t hash, Same same) const {
    if (slots_.empty()) return kAbsent;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kAbsent) return kAbsent;
      if (slot.hash == hash && same(slot.id)) return slot.id;
    }
  }

  /// Records `id` under `hash`, for a key that find did not know.
  void insert(std::uint64_t hash, std::uint32_t id);
  void clear();
  std::size_t size() const { return used_; }
  std::size_t memory_bytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = kAbsent;
  };
  void place(const Slot& slot);
  void grow();

  std::vector<Slot> slots_;  // open addressing, linear probing; size a power of two
  std::size_t used_ = 0;
};

}  // namespace konform::xdm
