#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/test_paths.h"
#include "validator/input/input_buffer.h"
#include "validator/input/input_source.h"

using namespace konform;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(input_buffer)

// The buffer is not zero-filled before the read: what it holds must be the file's bytes, every
// one of them (NUL bytes too, and more than one read() may return).
BOOST_AUTO_TEST_CASE(a_file_is_read_into_the_buffer_byte_for_byte) {
  const fs::path dir = test::output_dir("unit-input-buffer");
  std::string content;
  for (int i = 0; i < 3 * 65536 + 7; ++i) content.push_back(static_cast<char>(i * 31 % 256));
  std::ofstream(dir / "big.xml", std::ios::binary) << content;
  const InputBytes read = read_input({"big.xml", dir / "big.xml"}, content.size());
  BOOST_REQUIRE(!read.error.has_value());
  BOOST_TEST(read.bytes.size() == content.size());
  BOOST_TEST((read.bytes.view() == content));
  std::ofstream(dir / "empty.xml");
  const InputBytes empty = read_input({"empty.xml", dir / "empty.xml"}, 10);
  BOOST_TEST(!empty.error.has_value());
  BOOST_TEST(empty.bytes.view().empty());
  // Readers memcpy from it: a null pointer is undefined there even for no bytes.
  BOOST_TEST(empty.bytes.view().data() != nullptr);
}

BOOST_AUTO_TEST_CASE(a_buffer_copies_sizes_and_frees) {
  InputBuffer copy(std::string_view("a\0b", 3));
  BOOST_TEST((copy.view() == std::string_view("a\0b", 3)));
  InputBuffer written = InputBuffer::for_overwrite(4);
  BOOST_TEST(written.size() == 4u);
  written.data()[0] = 'w';
  written.data()[3] = 'z';
  BOOST_TEST(written.view().front() == 'w');
  BOOST_TEST(written.view().back() == 'z');
  written.clear();
  BOOST_TEST(written.size() == 0u);
  BOOST_TEST(written.view().empty());
  BOOST_TEST(written.view().data() != nullptr);
  BOOST_TEST(InputBuffer().view().empty());
  BOOST_TEST(InputBuffer().view().data() != nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
