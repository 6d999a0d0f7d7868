#include "tests/support/files.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>

namespace konform::test {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " << path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace konform::test
