// xs:base64Binary's lexical space (XML Schema 1.0 Part 2 §3.2.16 with erratum E2-54), the one
// check that the XSD validator (UTF-16) and XPath casts (UTF-8) share.
#include <boost/test/unit_test.hpp>

#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "tests/support/base64_texts.h"
#include "validator/xsdtypes/base64.h"

using konform::xsdtypes::base64_decoded_length;
using konform::xsdtypes::base64_decoded_length_uncollapsed;

namespace {

long utf8_length(const std::string& text) {
  return base64_decoded_length(text.data(), text.data() + text.size());
}

long utf16_length(const std::u16string& text) {
  return base64_decoded_length(text.data(), text.data() + text.size());
}

/// The NUL-terminated form's verdict next to the measured form's, which the validator asked
/// before (after measuring the text): they must agree on every text.
template <typename Char>
void expect_terminated_agrees(const std::basic_string<Char>& text) {
  const long measured = base64_decoded_length_uncollapsed(text.data(), text.data() + text.size());
  BOOST_TEST(base64_decoded_length_uncollapsed(text.c_str()) == measured,
             "text of " << text.size() << " units");
}

/// The text as bytes, as UTF-8 is read: units above U+00FF become a byte that is no ASCII
/// character (narrowing U+0100 would give a NUL, which ends the text early).
std::string as_bytes(const std::u16string& text) {
  std::string bytes;
  for (const char16_t unit : text) bytes += unit > 0xFF ? '\x81' : static_cast<char>(unit);
  return bytes;
}

/// Two pages, the second unreadable: text placed to end at the first page's end shows whether
/// a check reads past the page its NUL lies in.
class GuardedPage {
 public:
  GuardedPage() : size_(static_cast<std::size_t>(sysconf(_SC_PAGESIZE))) {
    void* pages =
        mmap(nullptr, 2 * size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    BOOST_TEST_REQUIRE(pages != MAP_FAILED);
    base_ = static_cast<char*>(pages);
    BOOST_TEST_REQUIRE(mprotect(base_ + size_, size_, PROT_NONE) == 0);
  }
  ~GuardedPage() { munmap(base_, 2 * size_); }
  GuardedPage(const GuardedPage&) = delete;
  GuardedPage& operator=(const GuardedPage&) = delete;

  /// A copy of `text` and its NUL whose last unit is the last of the readable page.
  template <typename Char>
  const Char* at_end(const std::basic_string<Char>& text) {
    const std::size_t bytes = (text.size() + 1) * sizeof(Char);
    char* at = base_ + size_ - bytes;
    std::memcpy(at, text.c_str(), bytes);
    return reinterpret_cast<const Char*>(at);
  }

 private:
  std::size_t size_;
  char* base_ = nullptr;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(xsdtypes_base64)

BOOST_AUTO_TEST_CASE(lengths_of_lexical_forms) {
  BOOST_TEST(utf8_length("SGVsbG8=") == 5);
  BOOST_TEST(utf8_length("SGVsbG8h") == 6);
  BOOST_TEST(utf8_length("YQ==") == 1);
  BOOST_TEST(utf8_length("SGVs bG8=") == 5);  // single spaces between characters
  BOOST_TEST(utf8_length("Y Q = =") == 1);    // also inside the padding quad
  BOOST_TEST(utf16_length(u"SGVsbG8=") == 5);
}

BOOST_AUTO_TEST_CASE(what_is_not_a_lexical_form) {
  for (const char* bad : {"", " YQ==", "YQ== ", "SGVs  bG8=", "YR==", "YWJ=", "SGVsbG8",
                          "SG=sbG8=", "Y===", "YQ=a", "YQ-_", "\xc5\x81QQ="}) {
    BOOST_TEST(utf8_length(bad) == -1, "'" << bad << "'");
  }
  // Xerces-C truncated characters above U+007F to bytes, so "ŁQQ=" passed as "AQQ=".
  BOOST_TEST(utf16_length(u"\u0141QQ=") == -1);
  BOOST_TEST(utf16_length(u"YR==") == -1);
}

BOOST_AUTO_TEST_CASE(one_stray_character_anywhere_in_a_long_text) {
  // Long runs are tested many characters at a time: a stray character is refused wherever it
  // falls in a block, also one just outside a range, and a UTF-16 unit whose low byte is 'A'.
  const std::string valid(64, 'A');
  const std::u16string valid16(64, u'A');
  BOOST_TEST(utf8_length(valid) == 48);
  BOOST_TEST(utf16_length(valid16) == 48);
  for (std::size_t at = 0; at < valid.size(); ++at) {
    for (const char stray : {'@', '[', '`', '{', '.', ':', '*', ',', '\x80', '\0'}) {
      std::string text = valid;
      text[at] = stray;
      BOOST_TEST(utf8_length(text) == -1, "byte " << int(stray) << " at " << at);
      std::u16string text16 = valid16;
      text16[at] = static_cast<unsigned char>(stray);
      BOOST_TEST(utf16_length(text16) == -1, "unit " << int(stray) << " at " << at);
    }
    for (const char16_t stray : {u'\u0141', u'\u8041', u'\uFF41'}) {
      std::u16string text16 = valid16;
      text16[at] = stray;
      BOOST_TEST(utf16_length(text16) == -1, "unit " << int(stray) << " at " << at);
    }
  }
  // Every base64 character passes in every lane, and the length counts them all.
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  BOOST_TEST(utf8_length(alphabet + alphabet.substr(1) + "A") == 96);
  BOOST_TEST(utf16_length(std::u16string(alphabet.begin(), alphabet.end())) == 48);
  BOOST_TEST(utf8_length(valid + " " + valid.substr(0, 36) + "Q Q==") == 76);
}

BOOST_AUTO_TEST_CASE(nul_terminated_text_gets_the_verdicts_of_measured_text) {
  // Padding, whitespace, '=' in the middle, characters above ASCII, NUL-adjacent bytes, and
  // stray characters on both sides of a 16-character block boundary.
  const std::vector<std::u16string> cases = {u"",
                                             u" ",
                                             u"\n\t\r ",
                                             u"QQ==",
                                             u"QUI=",
                                             u"QUJD",
                                             u"QQ=A",
                                             u"=QQQ",
                                             u"Q===",
                                             u"QR==",
                                             u"QUJ=",
                                             u"QUJD====",
                                             u"QQ==QUJD",
                                             u"Q Q = =",
                                             u" QQ== ",
                                             u"QU  JD",
                                             u"QUJD\r\nRA==\n",
                                             u"\u0141QQ=",
                                             u"QQ\u0141=",
                                             u"\u8041UJD",
                                             u"\u0041UJD",
                                             u"QUJD\u00ff",
                                             u"QUJD\u0100",
                                             u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                             u"AAAAAAAAAAAAAAA=AAAAAAAAAAAAAAAA",
                                             u"AAAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAA=",
                                             u"AAAAAAAAAAAAAAAAAAAA\u0141AAA"};
  for (const std::u16string& text : cases) {
    expect_terminated_agrees(text);
    expect_terminated_agrees(as_bytes(text));
  }
  // Attachment-like texts with a few characters changed, so that both verdicts are common.
  std::mt19937 random(20261207);
  int valid = 0;
  for (int round = 0; round < 20000; ++round) {
    const int quads = static_cast<int>(random() % 40);
    const int line = 4 + static_cast<int>(random() % 20) * 4;
    const int changes = static_cast<int>(random() % 3);
    const std::u16string text = konform::test::attachment_text(random, quads, line, 0, changes,
                                                               u"= \n\r\t!-\u0141\u00c1\u4141");
    if (base64_decoded_length_uncollapsed(text.c_str()) > 0) ++valid;
    expect_terminated_agrees(text);
    expect_terminated_agrees(as_bytes(text));
  }
  BOOST_TEST(valid > 2000);
}

BOOST_AUTO_TEST_CASE(nul_terminated_text_is_not_read_past_its_page) {
  // Blocks of 16 characters are read whatever follows the NUL, but never across a page boundary:
  // a text that ends at the end of a page is followed by an unreadable one here.
  GuardedPage page;
  for (std::size_t length = 0; length <= 40; ++length) {
    const std::u16string text16(length, u'A');
    BOOST_TEST(base64_decoded_length_uncollapsed(page.at_end(text16)) ==
               base64_decoded_length_uncollapsed(text16.data(), text16.data() + length));
    const std::string text(length, 'A');
    BOOST_TEST(base64_decoded_length_uncollapsed(page.at_end(text)) ==
               base64_decoded_length_uncollapsed(text.data(), text.data() + length));
  }
}

BOOST_AUTO_TEST_SUITE_END()
