#include "validator/xsdtypes/plain_date.h"

#include "validator/xsdtypes/date_time.h"

namespace konform::xsdtypes {
namespace {
constexpr std::size_t kPlainDateLength = 10;  // YYYY-MM-DD
}  // namespace

bool is_plain_date(std::string_view text) {
  // The length and the first dash rule out the five-digit and negative years and the time zone
  // that xs:date allows.
  return text.size() == kPlainDateLength && text[4] == '-' &&
         DateTime::parse(DateTimeKind::kDate, text).has_value();
}

std::optional<std::string_view> plain_date_of(std::string_view xs_date) {
  if (!DateTime::parse(DateTimeKind::kDate, xs_date)) return std::nullopt;
  std::string_view date = xs_date.substr(0, kPlainDateLength);
  if (!is_plain_date(date)) return std::nullopt;
  return date;
}

}  // namespace konform::xsdtypes
