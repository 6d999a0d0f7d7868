#include "reports/number_text.h"

#include <charconv>
#include <cmath>

namespace konform::reports {

std::string number_text(double value) {
  if (!std::isfinite(value)) return "0";
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

}  // namespace konform::reports
