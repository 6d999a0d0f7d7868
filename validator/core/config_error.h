// Problems in konform's own inputs (options, profiles, schemas, catalogs) are configuration errors,
// kept apart from findings about the user's documents: they stop the run with exit code 2.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace konform {

/// A configuration problem, located where possible (file, line, column).
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(const std::string& message, std::string file = {}, int line = 0,
                       int column = 0)
      : std::runtime_error(message), file_(std::move(file)), line_(line), column_(column) {}

  /// The message in German as well, for `--lang de` (messages without one show in English).
  ConfigError& with_german(std::string message_de) {
    message_de_ = std::move(message_de);
    return *this;
  }

  /// The German message; empty where there is none.
  const std::string& message_de() const { return message_de_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }

  /// "file:line:col: message" (parts omitted where unknown), as compilers print it; with
  /// `german`, the German message where there is one.
  std::string located(bool german = false) const;

 private:
  std::string message_de_;
  std::string file_;
  int line_;
  int column_;
};

}  // namespace konform
