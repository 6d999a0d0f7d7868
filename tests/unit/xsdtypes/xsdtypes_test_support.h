// Helpers the xsdtypes tests share: a parse result as text, and durations parsed or the test fails.
#pragma once

#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>

#include "validator/xsdtypes/duration.h"

namespace konform::xsdtypes::test {

/// The value's canonical form, or "none" when parsing or the operation gave no value.
template <typename T>
std::string str(const std::optional<T>& value) {
  return value ? value->to_string() : "none";
}

inline Duration duration(const std::string& text, DurationKind kind = DurationKind::kDuration) {
  auto value = Duration::parse(text, kind);
  BOOST_REQUIRE_MESSAGE(value, "parse failed: " << text);
  return *value;
}
inline Duration ym(const std::string& text) { return duration(text, DurationKind::kYearMonth); }
inline Duration dt(const std::string& text) { return duration(text, DurationKind::kDayTime); }

}  // namespace konform::xsdtypes::test
