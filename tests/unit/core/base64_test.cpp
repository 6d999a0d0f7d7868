// The one base64 codec (core/base64.h) that minisign's keys and signatures and the service's
// data: downloads and CSP hashes share: RFC 4648's test vectors, and a strict decoder.
#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/core/base64.h"

using konform::base64_decode;
using konform::base64_encode;

BOOST_AUTO_TEST_SUITE(base64)

BOOST_AUTO_TEST_CASE(the_rfc_4648_vectors_encode_and_decode) {
  // RFC 4648 section 10.
  const std::pair<std::string, std::string> vectors[] = {
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
  };
  for (const auto& [bytes, text] : vectors) {
    BOOST_TEST(base64_encode(bytes) == text);
    if (!bytes.empty()) BOOST_TEST(base64_decode(text).value_or("(not base64)") == bytes);
  }
}

BOOST_AUTO_TEST_CASE(every_byte_value_round_trips_without_line_breaks) {
  std::string bytes;
  for (int i = 0; i < 3 * 256; ++i) bytes.push_back(static_cast<char>(i % 256));
  const std::string text = base64_encode(bytes);
  BOOST_TEST(text.find('\n') == std::string::npos);
  BOOST_TEST(text.size() == 4 * bytes.size() / 3);
  BOOST_TEST(base64_decode(text).value_or("(not base64)") == bytes);
}

BOOST_AUTO_TEST_CASE(the_decoder_takes_strict_base64_only) {
  BOOST_TEST(!base64_decode(""));
  BOOST_TEST(!base64_decode("Zg"));        // padding required
  BOOST_TEST(!base64_decode("Zm9v\n"));    // nothing else
  BOOST_TEST(!base64_decode("Zm-v"));      // the URL-safe alphabet is another one
  BOOST_TEST(!base64_decode("Zg==Zm9v"));  // padding only at the end
  BOOST_TEST(!base64_decode("Z==="));
}

BOOST_AUTO_TEST_SUITE_END()
