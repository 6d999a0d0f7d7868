#include "validator/serve/page_language.h"

#include <optional>
#include <string>

#include "validator/serve/header_value.h"

namespace konform::serve {
namespace {

std::optional<api::Language> language_of_tag(std::string_view tag) {
  const std::string primary = ascii_lower(tag.substr(0, tag.find('-')));
  if (primary == "de") return api::Language::kGerman;
  if (primary == "en") return api::Language::kEnglish;
  return std::nullopt;
}

/// The weight of one Accept-Language item ("de;q=0.8"): 1 without q, 0 when q is malformed.
double weight_of(std::string_view parameters) {
  const auto q = parameters.find("q=");
  if (q == std::string_view::npos) return 1.0;
  const std::string_view number = trim_blanks(parameters.substr(q + 2));
  // q is at most "1.000": read digits and one dot by hand, as from_chars for double is not in
  // every standard library GCC 12 builds against.
  double value = 0;
  double scale = 1;
  bool after_dot = false;
  for (const char c : number) {
    if (c == '.' && !after_dot) {
      after_dot = true;
    } else if (c >= '0' && c <= '9') {
      if (after_dot) {
        scale /= 10;
        value += (c - '0') * scale;
      } else {
        value = value * 10 + (c - '0');
      }
    } else {
      return 0;
    }
  }
  return value > 1 ? 0 : value;
}

}  // namespace

api::Language page_language(std::string_view chosen, std::string_view accept_language) {
  if (chosen == "de") return api::Language::kGerman;
  if (chosen == "en") return api::Language::kEnglish;
  std::optional<api::Language> best;
  double best_weight = 0;
  while (!accept_language.empty()) {
    const auto comma = accept_language.find(',');
    const std::string_view item = accept_language.substr(0, comma);
    accept_language =
        comma == std::string_view::npos ? std::string_view() : accept_language.substr(comma + 1);
    const auto semicolon = item.find(';');
    const auto language = language_of_tag(trim_blanks(item.substr(0, semicolon)));
    const double weight =
        semicolon == std::string_view::npos ? 1.0 : weight_of(item.substr(semicolon + 1));
    if (language && weight > best_weight) {
      best = language;
      best_weight = weight;
    }
  }
  return best.value_or(api::Language::kGerman);
}

}  // namespace konform::serve
