#include "validator/pipeline/dates.h"

#include <ctime>

#include "validator/xsdtypes/date_time.h"

namespace konform::pipeline {

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[11];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

bool is_iso_date(const std::string& text) {
  // xsdtypes decides whether the day exists (2026-02-30 does not); the length rules out the
  // longer years and the time zone an xs:date may have.
  return text.size() == 10 && text[4] == '-' &&
         xsdtypes::DateTime::parse(xsdtypes::DateTimeKind::kDate, text).has_value();
}

}  // namespace konform::pipeline
