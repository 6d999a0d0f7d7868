#include "validator/xpath/name_codes.h"

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>

namespace konform::xpath {
namespace {

struct SlotName {
  std::string namespace_uri;
  std::string local_name;
  std::uint64_t hash = 0;  // xdm::expanded_name_hash
};

// Slots are handed out while expressions compile (possibly from several threads, under the
// mutex) and read while they run, without it: a slot's name is written before its number is
// handed out and never changes or moves afterwards (fixed-size chunks, never reallocated), and
// an evaluation learns the number only from an expression compiled after that.
class SlotTable {
 public:
  std::uint32_t slot(std::string_view namespace_uri, std::string_view local_name) {
    std::lock_guard lock(mutex_);
    auto key = std::pair(std::string(namespace_uri), std::string(local_name));
    auto it = slots_.find(key);
    if (it != slots_.end()) return it->second;
    const std::uint32_t slot = count_;
    if (slot / kChunkSize >= kChunks) throw std::length_error("too many distinct name tests");
    auto& chunk = chunks_[slot / kChunkSize];
    if (chunk.load(std::memory_order_relaxed) == nullptr) {
      owned_.push_back(std::make_unique<SlotName[]>(kChunkSize));
      chunk.store(owned_.back().get(), std::memory_order_release);
    }
    SlotName& name = chunk.load(std::memory_order_relaxed)[slot % kChunkSize];
    name.hash = xdm::expanded_name_hash(key.first, key.second);
    name.namespace_uri = key.first;
    name.local_name = key.second;
    slots_.emplace(std::move(key), slot);
    ++count_;
    return slot;
  }

  const SlotName& name(std::uint32_t slot) const {
    return chunks_[slot / kChunkSize].load(std::memory_order_acquire)[slot % kChunkSize];
  }

 private:
  static constexpr std::uint32_t kChunkSize = 1024;
  static constexpr std::uint32_t kChunks = 4096;

  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, std::uint32_t> slots_;  // guarded by mutex_
  std::uint32_t count_ = 0;                                             // guarded by mutex_
  std::vector<std::unique_ptr<SlotName[]>> owned_;                      // guarded by mutex_
  std::array<std::atomic<SlotName*>, kChunks> chunks_{};
};

SlotTable& slot_table() {
  static SlotTable table;
  return table;
}

}  // namespace

std::uint32_t name_slot(std::string_view namespace_uri, std::string_view local_name) {
  return slot_table().slot(namespace_uri, local_name);
}

xdm::NameCode NameCodeCache::look_up(std::uint32_t slot, const xdm::Document& document) {
  if (document.id() != document_id_) {
    document_id_ = document.id();
    codes_.clear();
  }
  if (slot >= codes_.size()) codes_.resize(slot + 1, kUnknown);
  const SlotName& name = slot_table().name(slot);
  return codes_[slot] = document.find_name_code(name.hash, name.namespace_uri, name.local_name);
}

}  // namespace konform::xpath
