// The API's one door for the engine's exceptions: its configuration errors become the documented
// api::ConfigurationError, so no engine type crosses the library's boundary.
#pragma once

#include <utility>

#include "konform/error.h"
#include "validator/core/config_error.h"

namespace konform::api {

/// Runs `work`, rethrowing an engine ConfigError as ConfigurationError.
template <typename Work>
auto translating_engine_errors(Work&& work) {
  try {
    return std::forward<Work>(work)();
  } catch (const konform::ConfigError& error) {
    throw ConfigurationError(error.what(),
                             error.message_de().empty() ? error.what() : error.message_de(),
                             error.file(), error.line(), error.column());
  }
}

}  // namespace konform::api
