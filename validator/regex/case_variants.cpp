#include "validator/regex/case_variants.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "validator/regex/translate.h"

namespace konform::regex {
namespace {

/// A character's full case mappings in the root locale, as fn:lower-case and fn:upper-case of
/// the one-character string give them.
struct Mappings {
  std::u32string lower, upper;
};

std::u32string utf32(const icu::UnicodeString& s) {
  std::u32string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    out.push_back(static_cast<char32_t>(s.char32At(i)));
  }
  return out;
}

Mappings mappings_of(char32_t c) {
  icu::UnicodeString lower(static_cast<UChar32>(c)), upper(static_cast<UChar32>(c));
  return {utf32(lower.toLower(icu::Locale::getRoot())),
          utf32(upper.toUpper(icu::Locale::getRoot()))};
}

/// ICU's Changes_When_Casemapped: the characters whose lower or upper case is not themselves.
icu::UnicodeSet cased_characters() {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet cased;
  cased.applyIntPropertyValue(UCHAR_CHANGES_WHEN_CASEMAPPED, 1, status);
  if (U_FAILURE(status)) {
    throw SyntaxError(SyntaxError::Kind::kPattern,
                      std::string("flag i: ICU has no case data: ") + u_errorName(status));
  }
  return cased;
}

/// Every character that has a case variant other than itself, with those variants (sorted).
/// Only cased characters can have one: an uncased character is its own lower and upper case, and
/// no cased character maps to it alone (both true of every code point in ICU 72, which
/// case_variants_test checks), so about 2,900 pairs of ICU lookups stand for 1.1 million.
std::map<char32_t, std::vector<char32_t>> build_variant_table() {
  const icu::UnicodeSet cased = cased_characters();
  std::vector<std::pair<char32_t, Mappings>> mappings;
  std::unordered_map<std::u32string, std::vector<char32_t>> by_lower, by_upper;
  for (int32_t r = 0; r < cased.getRangeCount(); ++r) {
    for (UChar32 c = cased.getRangeStart(r); c <= cased.getRangeEnd(r); ++c) {
      const Mappings& m = mappings.emplace_back(c, mappings_of(static_cast<char32_t>(c))).second;
      by_lower[m.lower].push_back(static_cast<char32_t>(c));
      by_upper[m.upper].push_back(static_cast<char32_t>(c));
    }
  }
  std::map<char32_t, std::vector<char32_t>> table;
  for (const auto& [c1, m] : mappings) {
    std::vector<char32_t> variants = by_lower.at(m.lower);
    const std::vector<char32_t>& same_upper = by_upper.at(m.upper);
    variants.insert(variants.end(), same_upper.begin(), same_upper.end());
    std::sort(variants.begin(), variants.end());
    variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
    std::erase(variants, c1);
    if (!variants.empty()) table.emplace_hint(table.end(), c1, std::move(variants));
  }
  return table;
}

}  // namespace

std::vector<CodePointRange> with_case_variants(const std::vector<CodePointRange>& ranges) {
  static const std::map<char32_t, std::vector<char32_t>> table = build_variant_table();
  std::vector<CodePointRange> out = ranges;
  for (const auto& [lo, hi] : ranges) {
    for (auto it = table.lower_bound(lo); it != table.end() && it->first <= hi; ++it) {
      for (char32_t variant : it->second) out.push_back({variant, variant});
    }
  }
  return out;
}

}  // namespace konform::regex
