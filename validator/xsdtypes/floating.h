// Conversions between the xs:double / xs:float lexical spaces and C++ double / float.
//
// Contract: parsing accepts exactly the XSD 1.0 (2nd edition, 3.2.4/3.2.5) lexical space as
// used by XPath 2.0: an xs:decimal-style mantissa with optional sign ("1", "-1.5", ".5", "5.",
// "+1"), optionally 'e' or 'E' and an integer exponent with optional sign, or one of the special
// values "INF", "-INF", "NaN" ("+INF", "inf", "Infinity" are rejected). No whitespace: the caller
// collapses first. Values are rounded correctly (round-half-even) to the target type, overflow
// gives +/-INF and underflow +/-0, as XSD 1.1 and Saxon do. Formatting follows F&O 2.0 17.1.2
// (casting xs:double/xs:float to xs:string), with the shortest digit string that reads back as
// the same value in the source type.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace konform::xsdtypes {

std::optional<double> parse_double(std::string_view text);
std::optional<float> parse_float(std::string_view text);

// "NaN", "INF", "-INF", "0", "-0"; |v| in [1e-6, 1e6) without exponent ("1.5", "100",
// "0.001"); otherwise "<d>.<digits>E<exponent>" with at least one fractional digit ("1.0E6",
// "1.2345E-7").
std::string double_to_string(double value);
// The same rules, with the shortest digits that round-trip as a float (1.1f -> "1.1").
std::string float_to_string(float value);

}  // namespace konform::xsdtypes
