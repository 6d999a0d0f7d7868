// Replays, through the same target code the fuzzers run, every input a fuzzer once crashed on
// (tests/fuzz/regressions/<target>/, one file per bug) and the hand-written seeds
// (tests/fuzz/seeds/<target>/). Built with the normal compiler, so the regressions run in every
// CTest preset, and under ASan+UBSan in the asan preset.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_target.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;

namespace {

const fs::path kFuzzDir = konform::test::source_dir() / "tests" / "fuzz";

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> files;
  if (fs::is_directory(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().filename() != ".gitkeep") {
        files.push_back(entry.path());
      }
    }
  }
  return files;
}

std::string read_bytes(const fs::path& file) {
  std::ifstream stream(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

/// Runs every file in <kFuzzDir>/<folder>/<target>/ through its target; returns the count.
int replay(const std::string& folder) {
  int replayed = 0;
  for (const auto& [name, target] : konform::fuzz::registry()) {
    for (const auto& file : files_in(kFuzzDir / folder / name)) {
      BOOST_TEST_CONTEXT(file.string()) {
        const std::string bytes = read_bytes(file);
        BOOST_CHECK_EQUAL(target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()),
                          0);
        ++replayed;
      }
    }
  }
  return replayed;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fuzz_regressions)

BOOST_AUTO_TEST_CASE(every_fuzzer_source_is_a_registered_target) {
  std::set<std::string> sources;
  for (const auto& entry : fs::directory_iterator(kFuzzDir)) {
    const std::string file = entry.path().filename().string();
    const std::string suffix = "_fuzzer.cpp";
    if (file.size() > suffix.size() && file.ends_with(suffix)) {
      sources.insert(file.substr(0, file.size() - suffix.size()));
    }
  }
  std::set<std::string> registered;
  for (const auto& [name, target] : konform::fuzz::registry()) registered.insert(name);
  BOOST_TEST(sources == registered, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(regression_folders_name_targets) {
  for (const char* folder : {"regressions", "seeds"}) {
    if (!fs::is_directory(kFuzzDir / folder)) continue;
    for (const auto& entry : fs::directory_iterator(kFuzzDir / folder)) {
      BOOST_TEST_CONTEXT(entry.path().string()) {
        BOOST_TEST(konform::fuzz::registry().contains(entry.path().filename().string()));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(crashing_inputs_stay_fixed) {
  BOOST_TEST_MESSAGE(replay("regressions") << " regressions replayed");
}

BOOST_AUTO_TEST_CASE(seeds_run_cleanly) { BOOST_TEST(replay("seeds") > 0); }

BOOST_AUTO_TEST_SUITE_END()
