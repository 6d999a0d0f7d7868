#include "validator/pipeline/dates.h"

#include <ctime>

namespace konform::pipeline {

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[11];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

}  // namespace konform::pipeline
