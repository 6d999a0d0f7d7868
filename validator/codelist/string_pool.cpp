#include "validator/codelist/string_pool.h"

#include <cstring>
#include <stdexcept>
#include <utility>

namespace konform::codelist {
namespace {
constexpr std::size_t kChunkSize = 64 * 1024;
}  // namespace

StringPool::StringPool(StringPool&& other) noexcept { *this = std::move(other); }

StringPool& StringPool::operator=(StringPool&& other) noexcept {
  if (this == &other) return *this;
  chunks_ = std::move(other.chunks_);
  strings_ = std::move(other.strings_);
  index_ = std::move(other.index_);
  current_ = std::exchange(other.current_, nullptr);
  current_used_ = std::exchange(other.current_used_, 0);
  current_capacity_ = std::exchange(other.current_capacity_, 0);
  other.chunks_.clear();
  other.strings_.clear();
  other.index_.clear();
  return *this;
}

StringPool::Id StringPool::intern(std::string_view text) {
  if (auto found = index_.find(text); found != index_.end()) return found->second;
  if (strings_.size() >= UINT32_MAX) throw std::length_error("string pool is full");
  const auto id = static_cast<Id>(strings_.size());
  const std::string_view stored = store(text);
  strings_.push_back(stored);
  index_.emplace(stored, id);
  return id;
}

std::optional<StringPool::Id> StringPool::find(std::string_view text) const {
  if (auto found = index_.find(text); found != index_.end()) return found->second;
  return std::nullopt;
}

std::string_view StringPool::store(std::string_view text) {
  if (text.empty()) return std::string_view{};
  char* target = nullptr;
  if (text.size() > kChunkSize / 4) {
    // A long string gets a chunk of its own, so the current chunk keeps serving short ones.
    chunks_.push_back(std::make_unique<char[]>(text.size()));
    target = chunks_.back().get();
  } else {
    if (text.size() > current_capacity_ - current_used_) {
      chunks_.push_back(std::make_unique<char[]>(kChunkSize));
      current_ = chunks_.back().get();
      current_used_ = 0;
      current_capacity_ = kChunkSize;
    }
    target = current_ + current_used_;
    current_used_ += text.size();
  }
  std::memcpy(target, text.data(), text.size());
  return std::string_view(target, text.size());
}

}  // namespace konform::codelist
