#include "validator/xml/utf.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace konform::xml {
namespace {

static_assert(std::is_same_v<XMLCh, char16_t>, "Xerces-C is built with XMLCh as char16_t");

/// Writes the UTF-8 form of `length` UTF-16 units at `p`, which has room for 3 bytes per unit.
char* write_utf8(const XMLCh* text, std::size_t length, char* p) {
  return konform::write_utf8(std::u16string_view(text, length), p);
}

std::size_t length_of(const XMLCh* text) {
  std::size_t length = 0;
  if (text != nullptr) {
    while (text[length] != 0) ++length;
  }
  return length;
}

}  // namespace

void append_utf8(const XMLCh* text, std::size_t length, std::string& out) {
  const std::size_t old_size = out.size();
  out.resize(old_size + 3 * length);
  char* const begin = out.data();
  char* const end = write_utf8(text, length, begin + old_size);
  out.resize(static_cast<std::size_t>(end - begin));
}

std::string to_utf8(const XMLCh* text) {
  std::string out;
  append_utf8(text, length_of(text), out);
  return out;
}

Utf8Arena::Slice Utf8Arena::append(const XMLCh* text, std::size_t length) {
  reserve(size_ + 3 * length);
  const Slice slice{size_, 0};
  char* const end = write_utf8(text, length, data_.get() + size_);
  size_ = static_cast<std::size_t>(end - data_.get());
  return {slice.offset, size_ - slice.offset};
}

Utf8Arena::Slice Utf8Arena::append(const XMLCh* text) { return append(text, length_of(text)); }

void Utf8Arena::reserve(std::size_t needed) {
  if (needed <= capacity_) return;
  const std::size_t capacity = std::max({needed, 2 * capacity_, std::size_t{256}});
  auto grown = std::make_unique_for_overwrite<char[]>(capacity);
  if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_);
  data_ = std::move(grown);
  capacity_ = capacity;
}

}  // namespace konform::xml
