// SchemaError: why a Schematron schema cannot be compiled, located in the .sch file that holds the
// offending construct. Every problem in a rule set (bad XML, include outside the allowed root,
// unknown abstract rule, XPath syntax error, ...) surfaces as one SchemaError at compile time, so
// a broken rule set never reaches a run. `code` is the W3C error code for XPath/XSLT problems
// (XPST0003, XTSE0340, ...) and a konform code `SCH-<WHAT>` for Schematron structure problems.
#pragma once

#include <stdexcept>
#include <string>

namespace konform::schematron {

class SchemaError : public std::runtime_error {
 public:
  SchemaError(std::string file, int line, int column, std::string code, const std::string& message)
      : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
                           code + ": " + message),
        file_(std::move(file)),
        line_(line),
        column_(column),
        code_(std::move(code)) {}

  /// The .sch file (as the caller named it, or the include's path relative to the root folder).
  const std::string& file() const { return file_; }
  /// 1-based; 0 when unknown (e.g. the file cannot be read).
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& code() const { return code_; }

 private:
  std::string file_;
  int line_;
  int column_;
  std::string code_;
};

// konform codes for Schematron structure problems.
inline constexpr const char* kErrorXml = "SCH-XML";              // unreadable / not well-formed
inline constexpr const char* kErrorInclude = "SCH-INCLUDE";      // include refused or not found
inline constexpr const char* kErrorStructure = "SCH-STRUCTURE";  // missing/invalid element or attr
inline constexpr const char* kErrorReference = "SCH-REFERENCE";  // unknown rule/pattern/phase id
inline constexpr const char* kErrorUnsupported = "SCH-UNSUPPORTED";  // valid ISO, not implemented

}  // namespace konform::schematron
