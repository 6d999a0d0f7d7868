// The API's inputs as the engine's and back: api::Input mirrors InputSource field for field (a
// file, bytes in memory, or standard input), so the command line's inputs cross unchanged.
#pragma once

#include <utility>
#include <vector>

#include "konform/chain.h"
#include "validator/input/input_source.h"

namespace konform::api {

inline std::vector<InputSource> engine_inputs(std::vector<Input> inputs) {
  std::vector<InputSource> sources;
  sources.reserve(inputs.size());
  for (auto& input : inputs) {
    sources.push_back(
        {std::move(input.display_name), std::move(input.file), std::move(input.bytes)});
  }
  return sources;
}

inline std::vector<Input> public_inputs(std::vector<InputSource> sources) {
  std::vector<Input> inputs;
  inputs.reserve(sources.size());
  for (auto& source : sources) {
    inputs.push_back(
        {std::move(source.display_path), std::move(source.file), std::move(source.contents)});
  }
  return inputs;
}

}  // namespace konform::api
