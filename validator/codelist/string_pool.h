// A StringPool interns strings: every distinct string is stored once and named by a small
// integer id, so a code list's rows can be vectors of 32-bit ids instead of std::strings.
// Contract: ids are dense (0..size()-1) in order of first interning; a view returned by view()
// stays valid for the pool's lifetime, also after the pool is moved (the bytes live in
// fixed heap chunks that never move). Not copyable. Not thread-safe while interning; once no
// longer modified, const access is safe from any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace konform::codelist {

class StringPool {
 public:
  using Id = std::uint32_t;

  StringPool() = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&& other) noexcept;
  StringPool& operator=(StringPool&& other) noexcept;

  /// The id of `text`, adding it when it is new.
  Id intern(std::string_view text);
  /// The id of `text` if it was interned; never adds.
  std::optional<Id> find(std::string_view text) const;
  std::string_view view(Id id) const { return strings_[id]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::string_view store(std::string_view text);

  // Bytes live in chunks that are never reallocated, so views (and the index keys) stay valid.
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* current_ = nullptr;  // the chunk short strings go into
  std::size_t current_used_ = 0;
  std::size_t current_capacity_ = 0;
  std::vector<std::string_view> strings_;
  std::unordered_map<std::string_view, Id> index_;
};

}  // namespace konform::codelist
