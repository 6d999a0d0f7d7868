#include "tests/support/test_paths.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>

namespace konform::test {
namespace fs = std::filesystem;

fs::path source_dir() { return KONFORM_SOURCE_DIR; }

fs::path corpus_dir() {
  const char* env = std::getenv("KONFORM_CORPUS");
  fs::path corpus = env && *env ? fs::path(env) : fs::path(KONFORM_DEFAULT_CORPUS);
  // A missing corpus is a failure, not a skip: CI must never go green without the real data.
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(corpus / "VERDICTS.json"),
                        "shared corpus not found at " << corpus << " (set KONFORM_CORPUS)");
  return fs::canonical(corpus);
}

fs::path shared_dir() { return corpus_dir().parent_path(); }

fs::path output_dir(const std::string& name) {
  const char* env = std::getenv("KONFORM_TEST_OUTPUT");
  fs::path base = env && *env ? fs::path(env) : fs::path(KONFORM_BINARY_DIR) / "test-output";
  fs::path dir = base / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

fs::path konform_binary() {
  const char* env = std::getenv("KONFORM_BIN");
  fs::path binary = env && *env ? fs::path(env) : fs::path(KONFORM_BINARY_DIR) / "konform";
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(binary), "konform binary not found at " << binary);
  return binary;
}

fs::path shipped_profiles_of_binary() {
  // The same walk as validator/resolve/shipped_profiles.cpp: the binary's folder and up to two
  // above it.
  fs::path prefix = fs::canonical(konform_binary()).parent_path();
  for (int up = 0; up < 3; ++up, prefix = prefix.parent_path()) {
    const fs::path candidate = prefix / "share" / "konform" / "profiles";
    if (fs::is_directory(candidate)) return fs::canonical(candidate);
  }
  BOOST_FAIL("no share/konform/profiles next to " << konform_binary());
  return {};
}

}  // namespace konform::test
