// An input larger than a limit allows (a zip that unpacks to more bytes or entries than its
// bound): a configuration error like any other on the command line, but one a service answers as
// "too large" (413) instead of "malformed" (400), because the same input would pass a larger limit.
#pragma once

#include <string>
#include <utility>

#include "validator/core/config_error.h"

namespace konform {

class LimitError : public ConfigError {
 public:
  using ConfigError::ConfigError;

  /// As ConfigError::with_german, keeping the type for `throw LimitError(...).with_german(...)`.
  LimitError& with_german(std::string message_de) {
    ConfigError::with_german(std::move(message_de));
    return *this;
  }
};

}  // namespace konform
