#include <boost/test/unit_test.hpp>

#include "validator/core/excerpt.h"

using namespace konform;

namespace {

const ExcerptPolicy kFive{5, false};
const ExcerptPolicy kNone{40, true};

}  // namespace

BOOST_AUTO_TEST_SUITE(excerpt_values)

BOOST_AUTO_TEST_CASE(short_values_are_quoted_whole) {
  BOOST_TEST(excerpt("abcde", kFive) == "abcde");
  BOOST_TEST(excerpt("", kFive) == "");
  BOOST_TEST(excerpt("Müller", ExcerptPolicy{}) == "Müller");
}

BOOST_AUTO_TEST_CASE(long_values_are_cut_to_the_limit_in_code_points) {
  BOOST_TEST(excerpt("abcdef", kFive) == "abcd…");
  // Four code points (six bytes) and the ellipsis: a multibyte character is never split.
  BOOST_TEST(excerpt("äöüßxyz", kFive) == "äöüß…");
  BOOST_TEST(excerpt(std::string(200, 'n'), ExcerptPolicy{}) == std::string(39, 'n') + "…");
}

BOOST_AUTO_TEST_CASE(no_excerpts_quotes_nothing) {
  BOOST_TEST(excerpt("Max Mustermann", kNone) == "…");
  BOOST_TEST(excerpt("", kNone) == "");
}

BOOST_AUTO_TEST_CASE(unlimited_keeps_everything) {
  const std::string value(10'000, 'x');
  BOOST_TEST(excerpt(value, ExcerptPolicy::unlimited()) == value);
}

BOOST_AUTO_TEST_CASE(content_is_quoted_cut_public_values_whole) {
  const std::string code = "https://xschule.digital/def/xschule/0.5/code/schulart/gymnasium";
  BOOST_TEST(quoted(Content{"Maximiliane"}, kFive) == "'Maxi…'");
  BOOST_TEST(quoted(Content{"Maximiliane"}, kNone) == "'…'");
  // The type decides, not the text: the same long value is whole as a public value.
  BOOST_TEST(quoted(Content{code}, ExcerptPolicy{}) == "'" + code.substr(0, 39) + "…'");
  BOOST_TEST(quoted(PublicValue{code}) == "'" + code + "'");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(excerpt_quoted_segments)

bool names_after_element(std::string_view before) { return before.ends_with("element "); }

BOOST_AUTO_TEST_CASE(values_in_quotes_are_cut_names_are_kept) {
  const std::string message = "value 'Maximiliane' of element 'familienname' is not in enumeration";
  BOOST_TEST(excerpt_quoted(message, kFive, names_after_element) ==
             "value 'Maxi…' of element 'familienname' is not in enumeration");
  BOOST_TEST(excerpt_quoted(message, kNone, names_after_element) ==
             "value '…' of element 'familienname' is not in enumeration");
}

BOOST_AUTO_TEST_CASE(double_quotes_and_apostrophes_inside_values) {
  BOOST_TEST(excerpt_quoted("cannot cast \"Mustermann\" to xs:integer", kNone) ==
             "cannot cast \"…\" to xs:integer");
  // An apostrophe inside a word neither opens nor closes a segment.
  BOOST_TEST(excerpt_quoted("value 'O'Brien-Smith' is invalid", kFive) ==
             "value 'O'Br…' is invalid");
  BOOST_TEST(excerpt_quoted("it's fine", kNone) == "it's fine");
}

BOOST_AUTO_TEST_CASE(an_unclosed_quote_cuts_the_rest) {
  BOOST_TEST(excerpt_quoted("value 'Maximiliane Mustermann", kFive) == "value 'Maxi…");
  BOOST_TEST(excerpt_quoted("no quotes at all", kNone) == "no quotes at all");
}

BOOST_AUTO_TEST_SUITE_END()
