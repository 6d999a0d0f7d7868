// The errors the API throws. Problems with what the caller configured (a profile that does not
// resolve, a lock the chain no longer matches, an unknown report format) are exceptions; problems
// in the documents being validated never are: they are findings in the Report.
#pragma once

#include <stdexcept>
#include <string>

#include "konform/export.h"

namespace konform::api {

/// Base of every error the API throws. what() is the English message.
class KONFORM_API Error : public std::runtime_error {
 public:
  Error(const std::string& message, std::string message_de);
  ~Error() override;
  /// The message in German (the English one where no German text exists).
  const std::string& message_de() const noexcept { return message_de_; }

 private:
  std::string message_de_;
};

/// Something the caller configured is wrong: a profile, search path, lock or waiver file, date,
/// limit or input path. Located where konform knows where (file, line, column; empty/0 if not).
class KONFORM_API ConfigurationError : public Error {
 public:
  ConfigurationError(const std::string& message, std::string message_de, std::string file, int line,
                     int column);
  ~ConfigurationError() override;
  const std::string& file() const noexcept { return file_; }
  int line() const noexcept { return line_; }
  int column() const noexcept { return column_; }

 private:
  std::string file_;
  int line_;
  int column_;
};

/// An input is larger than a limit allows (a candidate zip unpacking beyond its ZipLimits): a
/// ConfigurationError that a larger limit would not raise, so a service can answer "too large".
class KONFORM_API LimitExceededError : public ConfigurationError {
 public:
  using ConfigurationError::ConfigurationError;
  ~LimitExceededError() override;
};

/// A report format or language konform does not know (see api::report_formats()).
class KONFORM_API UnknownFormatError : public Error {
 public:
  using Error::Error;
  ~UnknownFormatError() override;
};

}  // namespace konform::api
