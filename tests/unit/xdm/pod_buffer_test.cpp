// PodBuffer: the growable array behind a document's nodes and string arena (malloc'ed when small,
// mapped and grown by mremap when large).
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string_view>

#include "validator/xdm/pod_buffer.h"

using konform::xdm::PodBuffer;

BOOST_AUTO_TEST_SUITE(pod_buffer)

BOOST_AUTO_TEST_CASE(keeps_every_value_across_growth_and_shrinking) {
  struct Record {
    std::uint32_t a;
    std::int32_t b;
  };
  PodBuffer<Record> records;
  BOOST_TEST(records.size() == 0u);
  for (std::uint32_t i = 0; i < 100'000; ++i) records.push_back({i, -static_cast<int>(i)});
  BOOST_TEST(records.size() == 100'000u);
  BOOST_TEST(records.capacity() >= records.size());
  records.shrink_to_fit();
  BOOST_TEST(records.capacity() == records.size());
  bool intact = true;
  for (std::uint32_t i = 0; i < 100'000; ++i) {
    intact = intact && records[i].a == i && records[i].b == -static_cast<int>(i);
  }
  BOOST_TEST(intact);
  records[7].a = 70;
  BOOST_TEST(records[7].a == 70u);
}

BOOST_AUTO_TEST_CASE(appends_text_and_moves_without_copying) {
  PodBuffer<char> arena;
  arena.append("", 0);
  BOOST_TEST(arena.size() == 0u);
  std::string expected;
  for (int i = 0; i < 5'000; ++i) {
    const std::string piece = "piece " + std::to_string(i) + ";";
    arena.append(piece.data(), piece.size());
    expected += piece;
  }
  BOOST_TEST(std::string_view(arena.data(), arena.size()) == expected);

  PodBuffer<char> moved(std::move(arena));
  BOOST_TEST(arena.size() == 0u);
  BOOST_TEST(arena.data() == nullptr);
  BOOST_TEST(std::string_view(moved.data(), moved.size()) == expected);

  PodBuffer<char> assigned;
  assigned.append("x", 1);
  assigned = std::move(moved);
  BOOST_TEST(std::string_view(assigned.data(), assigned.size()) == expected);
}

BOOST_AUTO_TEST_CASE(reserving_allocates_once_and_keeps_the_values) {
  // The tree builder reserves a document's arena for the message's size.
  PodBuffer<char> arena;
  arena.append("abc", 3);
  arena.reserve(1000);
  BOOST_TEST(arena.capacity() == 1000u);
  const char* const block = arena.data();
  for (int i = 0; i < 99; ++i) arena.append("0123456789", 10);
  // No growth within the reserved room; compared as pointers, because BOOST_TEST compares two
  // char pointers as C strings (and read past this unterminated block, which ASan caught).
  const void* const now = arena.data();
  BOOST_TEST(now == static_cast<const void*>(block));
  BOOST_TEST(std::string_view(arena.data(), 3) == "abc");
  arena.reserve(10);  // less than there is: nothing changes
  BOOST_TEST(arena.capacity() == 1000u);
  BOOST_TEST(arena.size() == 993u);
}

BOOST_AUTO_TEST_CASE(truncating_drops_the_tail_only) {
  // The tree builder appends a text node's pieces and gives them back when it shares an equal
  // string stored before.
  PodBuffer<char> arena;
  arena.append("kept  dropped", 13);
  arena.truncate(4);
  BOOST_TEST(std::string_view(arena.data(), arena.size()) == "kept");
  arena.truncate(10);  // more than there is: nothing changes
  BOOST_TEST(std::string_view(arena.data(), arena.size()) == "kept");
  arena.append("!", 1);
  BOOST_TEST(std::string_view(arena.data(), arena.size()) == "kept!");
}

BOOST_AUTO_TEST_CASE(an_empty_buffer_shrinks_to_nothing) {
  PodBuffer<int> numbers;
  numbers.push_back(1);
  numbers.shrink_to_fit();
  BOOST_TEST(numbers.capacity() == 1u);
  PodBuffer<int> empty;
  empty.shrink_to_fit();
  BOOST_TEST(empty.capacity() == 0u);
  BOOST_TEST(empty.data() == nullptr);
}

BOOST_AUTO_TEST_CASE(large_blocks_are_mapped_and_keep_their_values_through_every_step) {
  // From malloc to a mapping (one copy), grown by mremap, shrunk, moved and emptied: whatever
  // malloc the program links, a large block grows without a second copy of it alive.
  auto intact = [](const PodBuffer<std::uint64_t>& values, std::uint64_t count) {
    bool all = values.size() == count;
    for (std::uint64_t i = 0; all && i < count; ++i) all = values[i] == i * 7;
    return all;
  };
  PodBuffer<std::uint64_t> values;
  for (std::uint64_t i = 0; i < 1'000; ++i) values.push_back(i * 7);
  BOOST_TEST(!values.mapped());
  constexpr std::uint64_t kCount = 3'000'000;  // 24 MB
  for (std::uint64_t i = 1'000; i < kCount; ++i) values.push_back(i * 7);
  BOOST_TEST(values.mapped());
  BOOST_TEST(reinterpret_cast<std::uintptr_t>(values.data()) % 4096 == 0u);
  BOOST_TEST(intact(values, kCount));
  values.truncate(kCount - 5);
  values.shrink_to_fit();
  BOOST_TEST(values.capacity() == kCount - 5);
  BOOST_TEST(intact(values, kCount - 5));

  PodBuffer<std::uint64_t> moved(std::move(values));
  BOOST_TEST(!values.mapped());
  BOOST_TEST(moved.mapped());
  BOOST_TEST(intact(moved, kCount - 5));
  moved.truncate(0);
  moved.shrink_to_fit();
  BOOST_TEST(!moved.mapped());
  BOOST_TEST(moved.data() == nullptr);

  PodBuffer<char> reserved;
  reserved.reserve(std::size_t{2} << 20);
  BOOST_TEST(reserved.mapped());
  reserved.append("abc", 3);
  reserved.shrink_to_fit();
  BOOST_TEST(std::string_view(reserved.data(), reserved.size()) == "abc");
}

BOOST_AUTO_TEST_SUITE_END()
