// StringPool interning and view stability; LineIndex positions.
#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "validator/codelist/line_index.h"
#include "validator/codelist/string_pool.h"

namespace konform::codelist {

BOOST_AUTO_TEST_SUITE(string_pool)

BOOST_AUTO_TEST_CASE(interns_each_string_once_and_views_survive_a_move) {
  StringPool pool;
  std::vector<StringPool::Id> ids;
  std::vector<std::string_view> views;
  const std::string long_text(100'000, 'x');  // larger than a chunk: stored on its own
  for (int i = 0; i < 20'000; ++i) {
    const std::string text = "code-" + std::to_string(i);
    ids.push_back(pool.intern(text));
    views.push_back(pool.view(ids.back()));
  }
  const StringPool::Id long_id = pool.intern(long_text);
  BOOST_TEST(pool.intern("code-7") == ids[7]);
  BOOST_TEST(pool.intern("") == pool.intern(""));
  BOOST_TEST(pool.size() == 20'002u);

  StringPool moved = std::move(pool);
  BOOST_TEST(pool.size() == 0u);  // NOLINT(bugprone-use-after-move): moved-from is empty
  BOOST_TEST(!pool.find("code-7").has_value());
  for (int i = 0; i < 20'000; i += 997) {
    BOOST_TEST(views[i] == "code-" + std::to_string(i));  // the old views are still valid
    BOOST_TEST(moved.view(ids[i]) == "code-" + std::to_string(i));
    BOOST_TEST((moved.find("code-" + std::to_string(i)) == std::optional<StringPool::Id>(ids[i])));
  }
  BOOST_TEST(moved.view(long_id) == long_text);
  BOOST_TEST(moved.intern("code-20000") == 20'002u);
  BOOST_TEST(moved.view(ids[19'999]) == "code-19999");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(line_index)

BOOST_AUTO_TEST_CASE(lines_and_character_columns) {
  const std::string text = "ab\r\n\xC3\xA4\xC3\xB6x\ny";  // "ab", "äöx", "y"
  const LineIndex index(text);
  auto at = [&](std::ptrdiff_t offset) {
    const TextPosition position = index.position(offset);
    return std::pair<int, int>(position.line, position.column);
  };
  BOOST_TEST((at(0) == std::pair<int, int>(1, 1)));
  BOOST_TEST((at(1) == std::pair<int, int>(1, 2)));
  BOOST_TEST((at(4) == std::pair<int, int>(2, 1)));
  BOOST_TEST((at(8) == std::pair<int, int>(2, 3)));  // after two 2-byte umlauts
  BOOST_TEST((at(10) == std::pair<int, int>(3, 1)));
  BOOST_TEST((at(-1) == std::pair<int, int>(0, 0)));
  BOOST_TEST((at(1000) == std::pair<int, int>(3, 2)));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace konform::codelist
