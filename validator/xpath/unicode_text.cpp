#include "validator/xpath/unicode_text.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "validator/xpath/error.h"

namespace konform::xpath::unicode {
namespace {

icu::UnicodeString from_utf8(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool is_ascii(std::string_view utf8) {
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

/// ICU's instance for a form, or nullptr for a form it does not name. The instances are
/// singletons owned by ICU and safe to share between threads.
const icu::Normalizer2* normalizer(std::string_view form) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = nullptr;
  if (form == "NFC") instance = icu::Normalizer2::getNFCInstance(status);
  if (form == "NFD") instance = icu::Normalizer2::getNFDInstance(status);
  if (form == "NFKC") instance = icu::Normalizer2::getNFKCInstance(status);
  if (form == "NFKD") instance = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status))
    throw Error("FOCH0003", "ICU has no data for normalization form " + std::string(form));
  return instance;
}

enum class Case { kUpper, kLower };

/// Full case mapping in the root locale (F&O asks for the locale-insensitive mappings); ASCII
/// text, most of what rules compare, without the round trip through UTF-16.
std::string mapped_case(std::string_view utf8, Case to) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    const char from = to == Case::kUpper ? 'a' : 'A';
    for (char& c : out) {
      if (c >= from && c <= from + 25) c = static_cast<char>(c ^ 0x20);
    }
    return out;
  }
  icu::UnicodeString text = from_utf8(utf8);
  if (to == Case::kUpper) {
    text.toUpper(icu::Locale::getRoot());
  } else {
    text.toLower(icu::Locale::getRoot());
  }
  return to_utf8(text);
}

}  // namespace

std::string upper_case(std::string_view utf8) { return mapped_case(utf8, Case::kUpper); }

std::string lower_case(std::string_view utf8) { return mapped_case(utf8, Case::kLower); }

std::optional<std::string> normalize(std::string_view utf8, std::string_view form) {
  if (form.empty()) return std::string(utf8);
  const icu::Normalizer2* instance = normalizer(form);
  if (instance == nullptr) return std::nullopt;
  if (is_ascii(utf8)) return std::string(utf8);  // ASCII is invariant under all four forms
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString normalized = instance->normalize(from_utf8(utf8), status);
  if (U_FAILURE(status)) {
    throw Error("FOCH0003", std::string("normalize-unicode(): ICU failed: ") + u_errorName(status));
  }
  return to_utf8(normalized);
}

}  // namespace konform::xpath::unicode
