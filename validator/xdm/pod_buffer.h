// A growable array of trivially copyable values in one block: small blocks from malloc, large
// ones mapped from the kernel and grown with mremap.
#pragma once

#include <sys/mman.h>

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
/// the peak three times the records' size. A large block (kMappedFrom bytes and more) is mapped
/// with mmap and grown or shrunk with mremap: the kernel moves its pages, so growing copies
/// nothing and never holds an old and a new block at once, and capacity that was never written
/// costs address space only, not memory. That used to be left to glibc's realloc, which does the
/// same for its mmap'ed blocks; jemalloc, which the konform program links, copies instead, and the
/// 50 MB invoice then peaked at 4.3 times its size (bound: 4). Mapped blocks have no sanitizer
/// redzones; the small ones, which the unit tests mostly exercise, keep them. Unlike std::vector,
/// a value appended must not live in the buffer itself (growing may move it first).
template <class T>
class PodBuffer {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  PodBuffer() = default;
  ~PodBuffer() { release(); }
  PodBuffer(PodBuffer&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)),
        mapped_(std::exchange(other.mapped_, false)) {}
  PodBuffer& operator=(PodBuffer&& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
    std::swap(mapped_, other.mapped_);
    return *this;
  }
  PodBuffer(const PodBuffer&) = delete;
  PodBuffer& operator=(const PodBuffer&) = delete;

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return capacity_; }
  /// Whether the block is mapped from the kernel rather than taken from malloc.
  bool mapped() const { return mapped_; }
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
      release();
      data_ = nullptr;
      capacity_ = 0;
      mapped_ = false;
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

  static constexpr std::size_t kMappedFrom = std::size_t{1} << 20;  // bytes

  void reallocate(std::size_t capacity) {
    if (capacity > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_alloc();
    const std::size_t bytes = capacity * sizeof(T);
    void* moved = mapped_                ? remap(bytes)
                  : bytes >= kMappedFrom ? map_and_copy(bytes)
                                         : std::realloc(data_, bytes);
    if (moved == nullptr) throw std::bad_alloc();
    data_ = static_cast<T*>(moved);
    capacity_ = capacity;
  }

  void* remap(std::size_t bytes) {
    void* moved = ::mremap(data_, capacity_ * sizeof(T), bytes, MREMAP_MAYMOVE);
    return moved == MAP_FAILED ? nullptr : moved;
  }

  /// The step from malloc to a mapping: copies the values once, less than kMappedFrom bytes.
  void* map_and_copy(std::size_t bytes) {
    void* mapped =
        ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) return nullptr;
    if (size_ > 0) std::memcpy(mapped, data_, size_ * sizeof(T));
    std::free(data_);
    mapped_ = true;
    return mapped;
  }

  void release() {
    if (mapped_)
      ::munmap(data_, capacity_ * sizeof(T));
    else
      std::free(data_);
  }

  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
  bool mapped_ = false;
};

}  // namespace konform::xdm
