#include "validator/input/input_buffer.h"

#include <cstring>

namespace konform {

InputBuffer::InputBuffer(std::string_view bytes) : InputBuffer(for_overwrite(bytes.size())) {
  if (!bytes.empty()) std::memcpy(data_.get(), bytes.data(), bytes.size());
}

InputBuffer InputBuffer::for_overwrite(std::size_t size) {
  InputBuffer buffer;
  if (size != 0) buffer.data_ = std::make_unique_for_overwrite<char[]>(size);
  buffer.size_ = size;
  return buffer;
}

void InputBuffer::clear() {
  data_.reset();
  size_ = 0;
}

}  // namespace konform
