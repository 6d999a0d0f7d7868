// The flag i's case variants (validator/regex/case_variants.h) against F&O's definition taken
// literally: every code point's full root-locale case mappings from ICU, and the characters that
// share one.
#include <boost/test/unit_test.hpp>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "validator/regex/case_variants.h"

using konform::regex::CodePointRange;
using konform::regex::with_case_variants;

namespace {

constexpr char32_t kLastCodePoint = 0x10FFFF;

enum class Case { kLower, kUpper };

/// fn:lower-case or fn:upper-case of the one-character string: ICU's full root-locale mapping.
std::u32string mapped(char32_t c, Case to) {
  icu::UnicodeString s(static_cast<UChar32>(c));
  if (to == Case::kLower) {
    s.toLower(icu::Locale::getRoot());
  } else {
    s.toUpper(icu::Locale::getRoot());
  }
  std::u32string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) out.push_back(s.char32At(i));
  return out;
}

bool is_own_case(char32_t c) {
  const std::u32string itself(1, c);
  return mapped(c, Case::kLower) == itself && mapped(c, Case::kUpper) == itself;
}

/// The characters that are not their own lower and upper case, by one of their mappings.
using Groups = std::map<std::u32string, std::set<char32_t>>;

/// Adds the characters whose mapping is `mapping`: those in `groups`, and the mapping itself when
/// it is one character that is its own lower and upper case.
void add_sharing(const Groups& groups, const std::u32string& mapping, std::set<char32_t>& out) {
  auto found = groups.find(mapping);
  if (found != groups.end()) out.insert(found->second.begin(), found->second.end());
  if (mapping.size() == 1 && is_own_case(mapping[0])) out.insert(mapping[0]);
}

/// The characters of `ranges`, each once.
std::set<char32_t> characters(const std::vector<CodePointRange>& ranges) {
  std::set<char32_t> out;
  for (const auto& [lo, hi] : ranges) {
    for (char32_t c = lo; c <= hi; ++c) out.insert(c);
  }
  return out;
}

std::set<char32_t> variants_of(char32_t c) { return characters(with_case_variants({{c, c}})); }

}  // namespace

BOOST_AUTO_TEST_SUITE(case_variants)

// F&O 3.1 §5.6.1.1: C2 is a case variant of C1 when lower-case(C1) eq lower-case(C2) or
// upper-case(C1) eq upper-case(C2). The characters are grouped by each mapping over all 1.1
// million code points; a character that is its own lower and upper case is left out of the
// groups and found by its code point instead (it shares a mapping with C1 only when it is
// that mapping), which keeps the groups small without assuming which characters are cased.
BOOST_AUTO_TEST_CASE(every_code_point_has_the_variants_of_the_fo_definition) {
  Groups by_lower, by_upper;
  for (char32_t c = 0; c <= kLastCodePoint; ++c) {
    if (is_own_case(c)) continue;
    by_lower[mapped(c, Case::kLower)].insert(c);
    by_upper[mapped(c, Case::kUpper)].insert(c);
  }
  std::size_t with_variants = 0;
  for (char32_t c = 0; c <= kLastCodePoint; ++c) {
    std::set<char32_t> expected{c};
    add_sharing(by_lower, mapped(c, Case::kLower), expected);
    add_sharing(by_upper, mapped(c, Case::kUpper), expected);
    const std::set<char32_t> actual = variants_of(c);
    if (actual != expected) BOOST_ERROR("U+" << std::hex << static_cast<unsigned>(c));
    if (actual.size() > 1) ++with_variants;
  }
  BOOST_TEST_MESSAGE(with_variants << " characters have a case variant");
  BOOST_TEST(with_variants > 2000u);
}

BOOST_AUTO_TEST_CASE(a_range_gains_the_variants_of_its_characters) {
  const std::set<char32_t> a_to_z = characters(with_case_variants({{U'a', U'z'}}));
  for (char32_t c : {U'A', U'Z', U'\u212A' /* KELVIN SIGN */, U'\u017F' /* long s */,
                     U'\u0131' /* dotless i */}) {
    BOOST_TEST(a_to_z.count(c) == 1u, "U+" << std::hex << static_cast<unsigned>(c));
  }
  BOOST_TEST(a_to_z.count(U'\u0130') == 0u);  // İ: lower-case gives i + U+0307
  BOOST_TEST(a_to_z.size() == 26u * 2 + 3);
  BOOST_TEST((variants_of(U'ß') == std::set<char32_t>{U'ß', U'\u1E9E'}));
  BOOST_TEST((variants_of(U'ǅ') == std::set<char32_t>{U'Ǆ', U'ǅ', U'ǆ'}));
  BOOST_TEST((variants_of(U'ς') == std::set<char32_t>{U'Σ', U'σ', U'ς'}));
  BOOST_TEST((variants_of(U'1') == std::set<char32_t>{U'1'}));
}

BOOST_AUTO_TEST_SUITE_END()
