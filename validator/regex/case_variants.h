// The case variants behind the regex flag i, from ICU's case mappings. F&O 3.1 §5.6.1.1 (the
// same rule as F&O 1.0 §7.6.1.1 for XPath 2.0): a character C2 is a case variant of C1 when
// fn:lower-case(C1) eq fn:lower-case(C2) or fn:upper-case(C1) eq fn:upper-case(C2), each taken
// as a string of length one; the variants are always single characters. The mappings are the
// full, locale-insensitive ones of fn:upper-case and fn:lower-case (xpath/unicode_text), so
//   K (U+212A KELVIN SIGN), K and k are variants of each other (lower-case gives k for all three),
//   ı (dotless i) is a variant of i and I (upper-case gives I), but İ is not (lower-case('İ') is
//     i + U+0307, and there is no Turkish tailoring),
//   ẞ and ß are variants (lower-case gives ß), but no single character matches "SS",
//   Ǆ ǅ ǆ are variants, and so are Σ σ ς (upper-case gives Σ).
// Neither of ICU's UnicodeSet closures is this relation (case_variants_test, over all code
// points): USET_CASE_INSENSITIVE closes over case folding, which leaves ı alone and is
// transitive where F&O is not (it makes ϑ a variant of ϴ), and differs for I i ı ϑ ϴ;
// USET_ADD_CASE_MAPPINGS adds only a character's own mappings, so k would not gain the Kelvin
// sign that maps to it, and differs for 64 characters.
#pragma once

#include <utility>
#include <vector>

namespace konform::regex {

using CodePointRange = std::pair<char32_t, char32_t>;

/// `ranges` together with every case variant of every character in them (unsorted; the added
/// characters are one-character ranges). The ICU table behind it is built on the first call,
/// once per process; patterns without the flag i never build it.
std::vector<CodePointRange> with_case_variants(const std::vector<CodePointRange>& ranges);

}  // namespace konform::regex
