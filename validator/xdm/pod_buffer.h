// A growable array of trivially copyable values in one malloc'ed block, grown with realloc.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace konform::xdm {

/// Holds a document's node records and string arena. Why not std::vector or std::string: the
/// document of a 50 MB message holds some 70 MB of node records, and a vector grows by copying
/// into a new block while the old one is still alive (shrink_to_fit copies once more), which made
/// the peak three times the records' size. glibc's realloc moves a large (mmap'ed) block by
/// remapping its pages: no copy and no second block; and capacity that was never written costs
/// address space only, not memory. Unlike std::vector, a value appended must not live in the
/// buffer itself (growing may move it first).
template <class T>
class PodBuffer {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  PodBuffer() = default;
  ~PodBuffer() { std::free(data_); }
  PodBuffer(PodBuffer&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  PodBuffer& operator=(PodBuffer&& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
    return *this;
  }
  PodBuffer(const PodBuffer&) = delete;
  PodBuffer& operator=(const PodBuffer&) = delete;

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  const T* data() const { return data_; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }

  void push_back(const T& value) {
    if (size_ == capacity_) grow(size_ + 1);
    data_[size_++] = value;
  }

  void append(const T* values, std::size_t count) {
    if (count == 0) return;
    if (capacity_ - size_ < count) grow(size_ + count);
    std::memcpy(data_ + size_, values, count * sizeof(T));
    size_ += count;
  }

  /// Makes room for `capacity` values in all (no-op when there is room): one allocation where
  /// growing would copy the values at every doubling.
  void reserve(std::size_t capacity) {
    if (capacity > capacity_) reallocate(capacity);
  }

  /// Drops the values from `size` on (no-op when there are fewer).
  void truncate(std::size_t size) {
    if (size < size_) size_ = size;
  }

  /// Gives back the capacity beyond size(); for a large block without copying.
  void shrink_to_fit() {
    if (size_ == capacity_) return;
    if (size_ == 0) {
      std::free(std::exchange(data_, nullptr));
      capacity_ = 0;
      return;
    }
    reallocate(size_);
  }

 private:
  void grow(std::size_t needed) {
    std::size_t next = capacity_ < 16 ? 16 : capacity_ * 2;
    if (next < needed) next = needed;
    reallocate(next);
  }

  void reallocate(std::size_t capacity) {
    if (capacity > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_alloc();
    void* moved = std::realloc(data_, capacity * sizeof(T));
    if (moved == nullptr) throw std::bad_alloc();
    data_ = static_cast<T*>(moved);
    capacity_ = capacity;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace konform::xdm
