// CEN's EN 16931 rule sets (abstract patterns bound to UBL and CII by parameters, in included
// files) against Saxon-HE + SchXslt on every instance of ../shared/corpus/reference/en16931/, and
// CEN's pre-expanded copies of the same rules against the same reference: both must agree on
// every instance (failed asserts with id, flag and location; fired-rule counts).
#include <boost/test/unit_test.hpp>

#include <string>

#include "tests/unit/schematron/reference_support.h"

using namespace konform::schematron::test;

namespace {

const std::string kEn16931Ubl = "en16931/ubl/schematron/EN16931-UBL-validation.sch";
const std::string kEn16931Cii = "en16931/cii/schematron/EN16931-CII-validation.sch";
const std::string kUblPreprocessed =
    "en16931/ubl/schematron/preprocessed/EN16931-UBL-validation-preprocessed.sch";
const std::string kCiiPreprocessed =
    "en16931/cii/schematron/preprocessed/EN16931-CII-validation-preprocessed.sch";

}  // namespace

BOOST_AUTO_TEST_SUITE(schematron_reference_en16931)

BOOST_AUTO_TEST_CASE(en16931_ubl) { check_against_reference(kEn16931Ubl); }

BOOST_AUTO_TEST_CASE(en16931_cii) { check_against_reference(kEn16931Cii); }

BOOST_AUTO_TEST_CASE(en16931_ubl_preprocessed_copy_gives_the_same_results) {
  check_against_reference(kUblPreprocessed, kEn16931Ubl);
}

BOOST_AUTO_TEST_CASE(en16931_cii_preprocessed_copy_gives_the_same_results) {
  check_against_reference(kCiiPreprocessed, kEn16931Cii);
}

BOOST_AUTO_TEST_SUITE_END()
