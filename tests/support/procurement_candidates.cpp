#include "tests/support/procurement_candidates.h"

#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;

namespace konform::test {

std::vector<std::string> four_candidates(const fs::path& dir) {
  const fs::path example = source_dir() / "profiles/de/sn/musterstadt/examples/servicedef";
  const fs::path shipped = dir / "beispiel";
  const fs::path broken = dir / "kaputt";
  fs::remove_all(shipped);
  fs::remove_all(broken);
  fs::copy(example, shipped, fs::copy_options::recursive);
  fs::copy(example, broken, fs::copy_options::recursive);
  std::string definition = read_text(broken / "konform-service.yml");
  const std::size_t isms = definition.find("isms: ");
  BOOST_TEST_REQUIRE(isms != std::string::npos);
  definition.replace(isms, definition.find('\n', isms) - isms, "isms: none");
  std::ofstream(broken / "konform-service.yml", std::ios::binary) << definition;
  std::vector<std::string> candidates = {"beispiel", "kaputt"};
  for (const char* real :
       {"bund-elterngeldrechner.publiccode.yml", "muenchen-mucgpt.publiccode.yml"}) {
    fs::copy_file(shared_dir() / "servicedefs" / real, dir / real,
                  fs::copy_options::overwrite_existing);
    candidates.emplace_back(real);
  }
  return candidates;
}

}  // namespace konform::test
