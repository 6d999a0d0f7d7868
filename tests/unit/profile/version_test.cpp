#include <boost/test/unit_test.hpp>

#include "validator/profile/version.h"

using namespace konform;

namespace {

bool in(const char* range, const char* version) {
  return VersionRange::parse(range).value().contains(SemanticVersion::parse(version).value());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_version)

BOOST_AUTO_TEST_CASE(versions_parse_and_order_as_semver) {
  BOOST_TEST(!SemanticVersion::parse("1.2").has_value());
  BOOST_TEST(!SemanticVersion::parse("01.2.3").has_value());
  BOOST_TEST(SemanticVersion::parse("1.2.3-rc.1")->prerelease == "rc.1");
  BOOST_TEST((SemanticVersion::parse("1.9.9").value() < SemanticVersion::parse("1.10.0").value()));
  BOOST_TEST(
      (SemanticVersion::parse("1.0.0-rc.1").value() < SemanticVersion::parse("1.0.0").value()));
}

BOOST_AUTO_TEST_CASE(ranges_follow_the_usual_conventions) {
  BOOST_TEST(in("^2.1", "2.1.0"));
  BOOST_TEST(in("^2.1", "2.9.3"));
  BOOST_TEST(!in("^2.1", "3.0.0"));
  BOOST_TEST(!in("^2.1", "2.0.9"));
  BOOST_TEST(in("^0.3", "0.3.5"));
  BOOST_TEST(!in("^0.3", "0.4.0"));
  BOOST_TEST(in("~2.1", "2.1.7"));
  BOOST_TEST(!in("~2.1", "2.2.0"));
  BOOST_TEST(in("2.1.0", "2.1.0"));
  BOOST_TEST(!in("2.1.0", "2.1.1"));
  BOOST_TEST(in("2.1", "2.1.4"));
  BOOST_TEST(in(">=2.0.0 <3.0.0", "2.5.0"));
  BOOST_TEST(!in(">=2.0.0 <3.0.0", "3.0.0"));
  BOOST_TEST(in("*", "9.9.9"));
  BOOST_TEST(!VersionRange::parse("banana").has_value());
  BOOST_TEST(!VersionRange::parse("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
