#include "konform/error.h"

#include <utility>

namespace konform::api {

Error::Error(const std::string& message, std::string message_de)
    : std::runtime_error(message), message_de_(std::move(message_de)) {}
Error::~Error() = default;

ConfigurationError::ConfigurationError(const std::string& message, std::string message_de,
                                       std::string file, int line, int column)
    : Error(message, std::move(message_de)), file_(std::move(file)), line_(line), column_(column) {}
ConfigurationError::~ConfigurationError() = default;

LimitExceededError::~LimitExceededError() = default;

UnknownFormatError::~UnknownFormatError() = default;

}  // namespace konform::api
