// The bytes of one input, in a block the read fills directly.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace konform {

/// Why not std::string: C++20 gives it no way to grow without writing every new byte
/// (resize_and_overwrite is C++23), so reading a file into it zero-fills the whole block first,
/// a second pass over every input byte that read() overwrites at once (callgrind, the 86
/// XRechnung testsuite invoices, 8.4 MB: 8.4 M instructions in read_input's memset).
class InputBuffer {
 public:
  InputBuffer() = default;
  /// A copy of `bytes`.
  explicit InputBuffer(std::string_view bytes);
  /// `size` bytes, not initialised: the caller writes them all before reading any.
  static InputBuffer for_overwrite(std::size_t size);

  char* data() { return data_.get(); }
  std::size_t size() const { return size_; }
  /// Never a null pointer, as std::string's: callers pass it on to memcpy and Xerces-C, for which
  /// a null source is undefined even when no byte is copied (UBSan caught an empty file).
  std::string_view view() const { return data_ ? std::string_view(data_.get(), size_) : ""; }
  /// Frees the block.
  void clear();

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
};

}  // namespace konform
