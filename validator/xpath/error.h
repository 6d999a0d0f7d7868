// XPath errors: every static (compile) and dynamic (evaluation) error carries its W3C error code
// (XPST0003, XPTY0004, FORG0001, ...) and, for compile errors, the character offset in the
// expression text where it was detected. Evaluation never crashes on bad input: it throws Error.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace konform::xpath {

inline constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

class Error : public std::runtime_error {
 public:
  Error(std::string code, const std::string& message, std::size_t offset = kNoOffset)
      : std::runtime_error(code + ": " + message), code_(std::move(code)), offset_(offset) {}

  /// The W3C error code, e.g. "XPTY0004"; konform-specific codes start with "KONF".
  const std::string& code() const { return code_; }
  /// Character offset in the expression for compile errors; kNoOffset otherwise.
  std::size_t offset() const { return offset_; }
  /// The message in German where the error has one (errors a user's rule meets as a finding,
  /// e.g. a refused doc()); empty otherwise.
  const std::string& message_de() const { return message_de_; }
  Error& with_german(std::string message_de) {
    message_de_ = std::move(message_de);
    return *this;
  }

 private:
  std::string code_;
  std::size_t offset_;
  std::string message_de_;
};

/// Raised when an evaluation exceeds its step budget (DynamicContext::step_budget).
inline constexpr const char* kBudgetExceeded = "KONF0001";
/// Raised when an evaluation runs past its deadline (DynamicContext::deadline).
inline constexpr const char* kTimeExceeded = "KONF0002";

[[noreturn]] inline void raise(const char* code, const std::string& message) {
  throw Error(code, message);
}

}  // namespace konform::xpath
