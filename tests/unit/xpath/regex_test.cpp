// fn:matches / fn:replace / fn:tokenize and the XSD-regex to RE2 translation.
#include <boost/test/unit_test.hpp>

#include "tests/unit/xpath/xpath_test_support.h"
#include "validator/xpath/regex.h"

using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

namespace {

void run_regex_table(const std::vector<Case>& cases) {
  Fixture f(
      "<poem>Kaum hat dies der Hahn gesehen,\nFängt er auch schon an zu krähen:\nKikeriki! "
      "Kikikerikih!!\nTak, tak, tak! - da kommen sie.</poem>");
  f.statics().declare_variable("poem");
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_regex)

BOOST_AUTO_TEST_CASE(fo_examples) {
  run_regex_table({
      {"matches('abracadabra', 'bra')", "true"},
      {"matches('abracadabra', '^a.*a$')", "true"},
      {"matches('abracadabra', '^bra')", "false"},
      {"matches(/poem, 'Kaum.*krähen')", "false"},
      {"matches(/poem, 'Kaum.*krähen', 's')", "true"},
      {"matches(/poem, '^Kaum.*gesehen,$', 'm')", "true"},
      {"matches(/poem, '^Kaum.*gesehen,$')", "false"},
      {"matches(/poem, 'kiki', 'i')", "true"},
      {"replace('abracadabra', 'bra', '*')", "a*cada*"},
      {"replace('abracadabra', 'a.*a', '*')", "*"},
      {"replace('abracadabra', 'a.*?a', '*')", "*c*bra"},
      {"replace('abracadabra', 'a', '')", "brcdbr"},
      {"replace('abracadabra', 'a(.)', 'a$1$1')", "abbraccaddabbra"},
      {"replace('abracadabra', '.*?', '$1')", "!FORX0003"},
      {"replace('AAAA', 'A+', 'b')", "b"},
      {"replace('AAAA', 'A+?', 'b')", "bbbb"},
      {"replace('darted', '^(.*?)d(.*)$', '$1c$2')", "carted"},
      {"tokenize('The cat sat on the mat', '\\s+')", "The cat sat on the mat"},
      {"count(tokenize('The cat sat on the mat', '\\s+'))", "6"},
      {"string-join(tokenize('1, 15, 24, 50', ',\\s*'), '|')", "1|15|24|50"},
      {"string-join(tokenize('1,15,,24,50,', ','), '|')", "1|15||24|50|"},
      {"tokenize('abba', '.?')", "!FORX0003"},
      {"string-join(tokenize('Some unparsed <br> HTML <BR> text', '\\s*<br>\\s*', 'i'), '|')",
       "Some unparsed|HTML|text"},
      {"tokenize('', ',')", ""},
  });
}

BOOST_AUTO_TEST_CASE(translation) {
  run_regex_table({
      {"matches('b', '[a-z-[aeiou]]')", "true"},
      {"matches('e', '[a-z-[aeiou]]')", "false"},
      {"matches('E', '[a-z-[aeiou]]')", "false"},
      {"matches('x', '^[^a-c-[b]]$')", "true"},
      {"matches('b', '^[^a-c-[b]]$')", "false"},
      {"matches('a', '^[^a-c-[b]]$')", "false"},
      {"matches('A', '\\p{Lu}')", "true"},
      {"matches('a', '\\p{Lu}')", "false"},
      {"matches('ä', '^\\p{Ll}$')", "true"},
      {"matches('abc', '^\\p{IsBasicLatin}+$')", "true"},
      {"matches('äbc', '^\\p{IsBasicLatin}+$')", "false"},
      {"matches('ä', '\\p{IsLatin-1Supplement}')", "true"},
      {"matches('ä', '\\P{IsBasicLatin}')", "true"},
      {"matches('x', '\\p{IsNoSuchBlock}')", "!FORX0002"},
      {"matches('x', '\\p{Xx}')", "!FORX0002"},
      {"matches('٣', '^\\d$')", "true"},
      {"matches('a', '\\d')", "false"},
      {"matches('_abc', '^\\i\\c*$')", "true"},
      {"matches('1abc', '^\\i\\c*$')", "false"},
      {"matches('a:b-c.d', '^\\c+$')", "true"},
      {"matches('a b', '^\\c+$')", "false"},
      {"matches(' ', '\\I')", "true"},
      {"matches('x', '\\C')", "false"},
      {"matches('a1_', '^\\w+$')", "false"},
      {"matches('a1', '^\\w+$')", "true"},
      {"matches('!', '\\W')", "true"},
      {"matches('a b', '\\s')", "true"},
      {"matches('ab', '\\S\\S')", "true"},
      {"matches('a\nb', 'a.b')", "false"},
      {"matches('a\rb', 'a.b')", "false"},
      {"matches('a\nb', 'a.b', 's')", "true"},
      {"matches('ab\n', 'ab$')", "false"},
      {"matches('ab', 'ab$')", "true"},
      {"matches('x\nab\ny', '^ab$', 'm')", "true"},
      {"matches('abc', 'a b c', 'x')", "true"},
      {"matches('a b', 'a[ ]b', 'x')", "true"},
      {"matches('ABC', 'abc', 'i')", "true"},
      {"matches('A', '[^a]', 'i')", "false"},
      {"matches('aa', '(a)\\1')", "!FORX0002"},
      {"matches('a', 'a', 'g')", "!FORX0001"},
      {"matches('a{', 'a{')", "!FORX0002"},
      {"matches('aaa', '^a{2,3}$')", "true"},
      {"matches('a', '^a{2,}$')", "false"},
      {"matches('a.b', 'a\\.b')", "true"},
      {"matches('a-b', '^[a\\-b]+$')", "true"},
      {"matches('-', '[a-]')", "true"},
      {"matches('$', '\\$')", "true"},
      {"matches('x', '(?:x)')", "true"},
      {"matches('x', 'x]')", "!FORX0002"},
      {"replace('a.b.c', '\\.', '\\$')", "a$b$c"},
      {"replace('abc', 'b', '\\\\')", "a\\c"},
      {"replace('abc', 'b', '$')", "!FORX0004"},
      {"replace('abc', '(b)', '$2')", "ac"},
      {"replace('abcdefghijk', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', '$11$10$1')", "kja"},
      {"replace('abc', '(b)', '$10')", "ab0c"},
      {"replace('DE12 3456', '\\s', '')", "DE123456"},
      {"replace('ÄÖÜ', 'Ö', 'o')", "ÄoÜ"},
      {"for $p in ('[0-9]+', '[a-z]+') return matches('abc', $p)", "false true"},
      {"matches('abc', concat('^', 'a'))", "true"},
      {"matches('abc', concat('(', 'a'))", "!FORX0002"},
  });
}

BOOST_AUTO_TEST_CASE(translated_form) {
  BOOST_TEST(konform::xpath::translate_regex("\\d", "") == "[\\p{Nd}]");
  BOOST_TEST(konform::xpath::translate_regex("[a-z-[aeiou]]", "") ==
             "[\\x{62}-\\x{64}\\x{66}-\\x{68}\\x{6A}-\\x{6E}\\x{70}-\\x{74}\\x{76}-\\x{7A}]");
  BOOST_TEST(konform::xpath::translate_regex("a.b", "") == "a[^\\n\\r]b");
  BOOST_TEST(konform::xpath::translate_regex("a b", "x") == "ab");
  BOOST_TEST(konform::xpath::translate_regex("^x$", "m") == "(?m)^x$");
}

BOOST_AUTO_TEST_SUITE_END()
