// Hostile profiles: a cycle in `extends` (two profiles extending each other, one extending
// itself) is a configuration error naming the cycle (exit 2), found at once — never an endless
// resolution, a crash or a report.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

BOOST_AUTO_TEST_SUITE(profiles)

BOOST_AUTO_TEST_CASE(extends_cycle_is_a_configuration_error) {
  const fs::path dir = output_dir("security/extends-cycle");
  write_text(dir / "message.xml", conformant_message());
  for (const std::string id : {"test.cycle.a", "test.cycle.self"}) {
    BOOST_TEST_CONTEXT(id) {
      RunResult result =
          konform_run({"validate", "--profile-path", (cases_dir() / "extends-cycle").string(),
                       "--profile", id, "--format", "json", (dir / "message.xml").string()});
      BOOST_TEST(result.signal == 0);
      BOOST_TEST(within_budget(result), describe(result));
      BOOST_TEST(result.exit_code == 2, describe(result));
      BOOST_TEST(result.err.find("cycle in 'extends'") != std::string::npos, result.err);
      BOOST_TEST(result.err.find(id) != std::string::npos, result.err);
      BOOST_TEST(!claims_conformant(result.out));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
