#include "tests/support/chromium.h"

#include <boost/test/unit_test.hpp>

#include <fstream>

namespace fs = std::filesystem;

namespace konform::test {

ProcessResult run_chromium(const fs::path& dir, const std::string& name,
                           const std::vector<std::string>& action, const fs::path& page) {
  const fs::path chromium = "/usr/bin/chromium";
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(chromium),
                        chromium << " is missing: install Debian's chromium (ci/setup.sh)");
  const fs::path profile = dir / ("profile-" + name);
  fs::remove_all(profile);
  fs::create_directories(profile);
  std::vector<std::string> argv = {chromium.string(),
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--disable-quic",
                                   "--no-first-run",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--user-data-dir=" + profile.string(),
                                   "--enable-logging=stderr",
                                   "--v=0"};
  argv.insert(argv.end(), action.begin(), action.end());
  argv.push_back("file://" + page.string());
  ProcessResult result = run_process(argv, "", std::chrono::seconds(60), dir);
  std::ofstream(dir / (name + ".stderr.log"), std::ios::binary) << result.err;
  BOOST_REQUIRE_MESSAGE(!result.timed_out, "chromium " << name << " timed out");
  BOOST_TEST(result.exit_code == 0, "chromium " << name << " failed: " << result.err);
  return result;
}

}  // namespace konform::test
