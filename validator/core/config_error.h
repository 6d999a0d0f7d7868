// Problems in konform's own inputs (options, profiles, schemas, catalogs) are configuration errors,
// kept apart from findings about the user's documents: they stop the run with exit code 2.
#pragma once

#include <stdexcept>
#include <string>

namespace konform {

/// A configuration problem, located where possible (file, line, column).
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(const std::string& message, std::string file = {}, int line = 0,
                       int column = 0)
      : std::runtime_error(message), file_(std::move(file)), line_(line), column_(column) {}

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }

  /// "file:line:col: message" (parts omitted where unknown), as compilers print it.
  std::string located() const;

 private:
  std::string file_;
  int line_;
  int column_;
};

}  // namespace konform
