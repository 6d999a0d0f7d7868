// Xerces-C's UTF-16 strings (XMLCh) as the UTF-8 std::strings konform uses everywhere else, by
// core/utf8.h's conversions (which also give to_utf16 for the way back). Invalid UTF-16 (lone
// surrogates) becomes U+FFFD rather than failing.
#pragma once

#include <xercesc/util/XercesDefs.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "validator/core/utf8.h"

namespace konform::xml {

/// Appends the UTF-8 form of `length` UTF-16 code units to `out`.
void append_utf8(const XMLCh* text, std::size_t length, std::string& out);
/// The UTF-8 form of a NUL-terminated XMLCh string (nullptr gives "").
std::string to_utf8(const XMLCh* text);

/// A buffer that UTF-16 strings are appended to as UTF-8, for views that stay valid until clear().
/// The reader converts every name, attribute and text node of every message for its sinks; unlike
/// std::string::resize, growing this buffer never zero-fills the room reserved for the worst case,
/// which cost as much as the conversion itself on small messages.
class Utf8Arena {
 public:
  /// Where an appended string lies in the buffer; a view of it is valid until clear().
  struct Slice {
    std::size_t offset = 0;
    std::size_t length = 0;
  };

  Slice append(const XMLCh* text, std::size_t length);
  /// A NUL-terminated string; nullptr appends nothing.
  Slice append(const XMLCh* text);
  std::string_view view(Slice slice) const {
    if (slice.length == 0) return {};
    return {data_.get() + slice.offset, slice.length};
  }
  void clear() { size_ = 0; }
  /// The bytes appended so far: where the next slice starts.
  std::size_t size() const { return size_; }
  /// Drops everything from `offset` on, for use as a stack: views below it stay valid.
  void truncate(std::size_t offset) { size_ = offset < size_ ? offset : size_; }

 private:
  void reserve(std::size_t needed);

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace konform::xml
