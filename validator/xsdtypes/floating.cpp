#include "validator/xsdtypes/floating.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <system_error>

#include "validator/xsdtypes/digits.h"

namespace konform::xsdtypes {
namespace {

// The pieces of a validated xs:double lexical form.
struct Lexical {
  bool negative = false;
  std::string_view integral;  // digits before '.', may be empty
  std::string_view fraction;  // digits after '.', may be empty
  std::string_view number;    // mantissa and exponent without the leading sign
  std::int64_t exponent = 0;  // saturated at +/-10^12, enough to classify over/underflow
};

std::optional<Lexical> split(std::string_view text) {
  Lexical lexical;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    lexical.negative = text.front() == '-';
    text.remove_prefix(1);
  }
  lexical.number = text;
  lexical.integral = take_digits(text);
  if (!text.empty() && text.front() == '.') {
    text.remove_prefix(1);
    lexical.fraction = take_digits(text);
  }
  if (lexical.integral.empty() && lexical.fraction.empty()) return std::nullopt;
  if (!text.empty() && (text.front() == 'e' || text.front() == 'E')) {
    text.remove_prefix(1);
    bool negative_exponent = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
      negative_exponent = text.front() == '-';
      text.remove_prefix(1);
    }
    const std::string_view digits = take_digits(text);
    if (digits.empty()) return std::nullopt;
    for (char c : digits) {
      lexical.exponent =
          std::min<std::int64_t>(lexical.exponent * 10 + (c - '0'), 1'000'000'000'000);
    }
    if (negative_exponent) lexical.exponent = -lexical.exponent;
  }
  if (!text.empty()) return std::nullopt;
  return lexical;
}

template <typename Float>
std::optional<Float> parse_floating(std::string_view text) {
  if (text == "INF") return std::numeric_limits<Float>::infinity();
  if (text == "-INF") return -std::numeric_limits<Float>::infinity();
  if (text == "NaN") return std::numeric_limits<Float>::quiet_NaN();
  const std::optional<Lexical> lexical = split(text);
  if (!lexical) return std::nullopt;
  Float value = 0;
  const auto result = std::from_chars(lexical->number.data(),
                                      lexical->number.data() + lexical->number.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    // Classify by the decimal magnitude: position of the first significant digit + exponent.
    std::int64_t magnitude = lexical->exponent;
    const std::size_t first = lexical->integral.find_first_not_of('0');
    if (first != std::string_view::npos) {
      magnitude += static_cast<std::int64_t>(lexical->integral.size() - first);
    } else {
      const std::size_t leading = lexical->fraction.find_first_not_of('0');
      if (leading == std::string_view::npos)
        magnitude = std::numeric_limits<std::int64_t>::min();
      else
        magnitude -= static_cast<std::int64_t>(leading);
    }
    value = magnitude > 0 ? std::numeric_limits<Float>::infinity() : Float(0);
  } else if (result.ec != std::errc() ||
             result.ptr != lexical->number.data() + lexical->number.size()) {
    return std::nullopt;  // cannot happen for a validated form; be defensive
  }
  return lexical->negative ? -value : value;
}

template <typename Float>
std::string floating_to_string(Float value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-INF" : "INF";
  if (value == 0) return std::signbit(value) ? "-0" : "0";
  // Shortest round-trip digits in scientific form: "-d.ddde[+-]xx".
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                    std::chars_format::scientific);
  const std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
  const std::size_t e = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int exponent = 0;
  std::string_view exponent_text = text.substr(e + 1);
  if (exponent_text.front() == '+') exponent_text.remove_prefix(1);
  std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);

  std::string out = value < 0 ? "-" : "";
  // The range test runs in double for both types, as Saxon does: a float just below 1e-6 (such
  // as 1e-6f) takes the exponent form, the double nearest 1e-6 does not.
  const double magnitude = std::fabs(static_cast<double>(value));
  if (magnitude >= 1e-6 && magnitude < 1e6) {
    // Plain decimal notation, as the xs:decimal canonical form.
    if (exponent >= 0) {
      const auto integral_digits = static_cast<std::size_t>(exponent) + 1;
      if (digits.size() <= integral_digits) {
        out += digits;
        out.append(integral_digits - digits.size(), '0');
      } else {
        out += digits.substr(0, integral_digits);
        out += '.';
        out += digits.substr(integral_digits);
      }
    } else {
      out += "0.";
      out.append(static_cast<std::size_t>(-exponent - 1), '0');
      out += digits;
    }
    return out;
  }
  out += digits[0];
  out += '.';
  out += digits.size() > 1 ? digits.substr(1) : "0";
  out += 'E';
  out += std::to_string(exponent);
  return out;
}

}  // namespace

std::optional<double> parse_double(std::string_view text) { return parse_floating<double>(text); }

std::optional<float> parse_float(std::string_view text) { return parse_floating<float>(text); }

std::string double_to_string(double value) { return floating_to_string<double>(value); }

std::string float_to_string(float value) { return floating_to_string<float>(value); }

}  // namespace konform::xsdtypes
