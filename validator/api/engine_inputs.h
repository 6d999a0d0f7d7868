// The API's inputs as the engine's and back: api::Input mirrors InputSource field for field (a
// file, bytes in memory, or standard input), so the command line's inputs cross unchanged.
#pragma once

#include <utility>
#include <vector>

#include "konform/chain.h"
#include "validator/input/input_source.h"

namespace konform::api {

/// Each of `from` moved into a `To` through `convert`, in order.
template <typename To, typename From, typename Convert>
std::vector<To> moved_into(std::vector<From> from, Convert convert) {
  std::vector<To> to;
  to.reserve(from.size());
  for (auto& each : from) to.push_back(convert(std::move(each)));
  return to;
}

inline std::vector<InputSource> engine_inputs(std::vector<Input> inputs) {
  return moved_into<InputSource>(std::move(inputs), [](Input&& input) {
    return InputSource{std::move(input.display_name), std::move(input.file),
                       std::move(input.bytes)};
  });
}

inline std::vector<Input> public_inputs(std::vector<InputSource> sources) {
  return moved_into<Input>(std::move(sources), [](InputSource&& source) {
    return Input{std::move(source.display_path), std::move(source.file),
                 std::move(source.contents)};
  });
}

}  // namespace konform::api
