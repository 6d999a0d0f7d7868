// The engine's verdicts and severities as the API's and back (validator/api/engine_verdict.h,
// lookup_table.h tables): every enumerator on either side maps across and back to itself. An
// enumerator added on one side without a row falls to the lookup's fallback and fails here. Not
// in unit_api, which sees nothing but include/konform as an embedder does.
#include <boost/test/unit_test.hpp>

#include "tests/support/enumerators.h"
#include "validator/api/engine_verdict.h"

using konform::test::enumerators;
namespace api = konform::api;

namespace {

/// Checks both directions of a mapping between the engine's enum and the API's.
template <typename Engine, typename Public>
void check_maps_across_and_back(Public (*to_public)(Engine), Engine (*to_engine)(Public)) {
  const auto engine = enumerators<Engine>();
  const auto public_ones = enumerators<Public>();
  BOOST_TEST_REQUIRE(engine.size() >= 3u);
  BOOST_TEST(engine.size() == public_ones.size());
  for (Engine value : engine) {
    BOOST_TEST((to_engine(to_public(value)) == value),
               "engine enumerator " << static_cast<int>(value) << " lacks a row");
  }
  for (Public value : public_ones) {
    BOOST_TEST((to_public(to_engine(value)) == value),
               "API enumerator " << static_cast<int>(value) << " lacks a row");
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(api_engine_enums)

BOOST_AUTO_TEST_CASE(every_verdict_maps_across_and_back) {
  check_maps_across_and_back(api::public_verdict, api::engine_verdict);
}

BOOST_AUTO_TEST_CASE(every_severity_maps_across_and_back) {
  check_maps_across_and_back(api::public_severity, api::engine_severity);
}

BOOST_AUTO_TEST_SUITE_END()
