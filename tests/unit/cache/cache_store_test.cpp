// cache::Store: verified round trips, and everything it must not trust — another key, a truncated
// or altered entry, a symlinked entry or folder — plus concurrent writers and readers.
#include <sys/stat.h>
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <fstream>
#include <iterator>
#include <thread>

#include "tests/support/test_paths.h"
#include "validator/cache/cache_store.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

std::string payload_of(std::size_t size, char seed) {
  std::string out(size, '\0');
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char>(seed + i * 7);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cache_store)

BOOST_AUTO_TEST_CASE(round_trip_in_a_private_folder) {
  const fs::path dir = test::output_dir("store-round-trip") / "a" / "konform";
  const auto store = cache::Store::open(dir);
  BOOST_REQUIRE(store);
  struct stat info {};
  BOOST_REQUIRE(::stat(dir.c_str(), &info) == 0);
  BOOST_TEST((info.st_mode & 0777) == 0700u);
  BOOST_TEST(!store->load("key").has_value());
  const std::string payload = payload_of(100000, 'x');
  store->store("key", payload);
  BOOST_TEST(store->load("key").value() == payload);
  BOOST_TEST(!store->load("key2").has_value());
  const auto info_now = cache::info(dir);
  BOOST_TEST(info_now.entries == 1u);
  BOOST_TEST(info_now.bytes > payload.size());
  BOOST_TEST(cache::clear(dir) == 1u);
  BOOST_TEST(!store->load("key").has_value());
}

BOOST_AUTO_TEST_CASE(a_too_open_folder_is_made_private) {
  const fs::path dir = test::output_dir("store-open-folder") / "konform";
  fs::create_directories(dir);
  fs::permissions(dir, fs::perms::all);
  BOOST_REQUIRE(cache::Store::open(dir));
  BOOST_TEST(((fs::status(dir).permissions() & fs::perms::all) == fs::perms::owner_all));
}

BOOST_AUTO_TEST_CASE(a_symlinked_folder_is_refused) {
  const fs::path base = test::output_dir("store-symlink-folder");
  fs::create_directories(base / "real");
  fs::create_symlink(base / "real", base / "konform");
  BOOST_TEST(!cache::Store::open(base / "konform"));
  BOOST_TEST(!cache::Store::open("relative/konform"));
}

BOOST_AUTO_TEST_CASE(every_damage_reads_as_a_miss) {
  const fs::path dir = test::output_dir("store-damage") / "konform";
  const auto store = cache::Store::open(dir);
  BOOST_REQUIRE(store);
  const std::string payload = payload_of(5000, 'p');
  store->store("the key", payload);
  const fs::path entry = dir / cache::Store::entry_name("the key");
  const std::string good = read(entry);
  for (std::size_t at : {std::size_t{0}, std::size_t{17}, std::size_t{25}, std::size_t{40},
                         std::size_t{100}, good.size() - 1}) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x20);
    write(entry, bad);
    BOOST_TEST(!store->load("the key").has_value(), "byte " << at << " flipped");
  }
  for (std::size_t size :
       {std::size_t{0}, std::size_t{10}, good.size() - payload.size(), good.size() - 1}) {
    write(entry, good.substr(0, size));
    BOOST_TEST(!store->load("the key").has_value(), "cut to " << size);
  }
  write(entry, good + "x");
  BOOST_TEST(!store->load("the key").has_value());
  // An entry copied under another key's name carries the wrong key.
  write(dir / cache::Store::entry_name("other key"), good);
  BOOST_TEST(!store->load("other key").has_value());
  write(entry, good);
  BOOST_TEST(store->load("the key").value() == payload);
}

BOOST_AUTO_TEST_CASE(a_symlinked_entry_is_not_followed) {
  const fs::path base = test::output_dir("store-symlink-entry");
  const auto store = cache::Store::open(base / "konform");
  BOOST_REQUIRE(store);
  store->store("k", "payload");
  const fs::path entry = base / "konform" / cache::Store::entry_name("k");
  fs::rename(entry, base / "elsewhere");
  fs::create_symlink(base / "elsewhere", entry);
  BOOST_TEST(!store->load("k").has_value());
  store->store("k", "new payload");  // replaces the link, not its target
  BOOST_TEST(!fs::is_symlink(entry));
  BOOST_TEST(store->load("k").value() == "new payload");
  BOOST_TEST(read(base / "elsewhere").find("new payload") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(concurrent_writers_and_readers_never_see_a_torn_entry) {
  const fs::path dir = test::output_dir("store-concurrent") / "konform";
  const auto store = cache::Store::open(dir);
  BOOST_REQUIRE(store);
  const std::vector<std::string> payloads{payload_of(300000, 'a'), payload_of(200000, 'b')};
  std::atomic<int> torn{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 30; ++i) {
        if (t % 2 == 0) {
          store->store("shared", payloads[static_cast<std::size_t>(i + t) % 2]);
        } else if (auto got = store->load("shared")) {
          if (*got != payloads[0] && *got != payloads[1]) ++torn;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(torn.load() == 0);
  BOOST_TEST(cache::info(dir).entries == 1u);  // no temporary file left behind
}

BOOST_AUTO_TEST_SUITE_END()
