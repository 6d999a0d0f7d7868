// The API's one door for the engine's exceptions: its configuration errors become the documented
// api::ConfigurationError, so no engine type crosses the library's boundary.
#pragma once

#include <utility>

#include "konform/error.h"
#include "validator/core/config_error.h"
#include "validator/core/limit_error.h"

namespace konform::api {

/// The engine's error as the API's `Translated` (ConfigurationError or a subclass).
template <typename Translated>
[[noreturn]] void rethrow_as(const konform::ConfigError& error) {
  throw Translated(error.what(), error.message_de().empty() ? error.what() : error.message_de(),
                   error.file(), error.line(), error.column());
}

/// Runs `work`, rethrowing an engine ConfigError as ConfigurationError (a LimitError as
/// LimitExceededError).
template <typename Work>
auto translating_engine_errors(Work&& work) {
  try {
    return std::forward<Work>(work)();
  } catch (const konform::LimitError& error) {
    rethrow_as<LimitExceededError>(error);
  } catch (const konform::ConfigError& error) {
    rethrow_as<ConfigurationError>(error);
  }
}

}  // namespace konform::api
