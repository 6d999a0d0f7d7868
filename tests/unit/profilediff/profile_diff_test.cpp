// The diff of two profile snapshots (validator/profilediff/profile_diff.h) on plain values:
// items matched by id and compared field by field, code lists by URI with their codes, artefacts
// by hash; every list sorted by its key; nothing listed that did not change.
#include <boost/test/unit_test.hpp>

#include <ostream>

#include "validator/profilediff/profile_diff.h"

namespace konform {
// How Boost.Test prints a change that differs from the expected one.
std::ostream& operator<<(std::ostream& out, ProfileDiff::Change change) {
  return out << to_string(change);
}
}  // namespace konform

namespace konform::profilediff {
namespace {

using Change = ProfileDiff::Change;

const std::string kHashA(64, 'a');
const std::string kHashB(64, 'b');

ProfileSnapshot base() {
  ProfileSnapshot s;
  s.id = "de.sn";
  s.version = "1.0.0";
  s.sha256 = kHashA;
  s.document_types["service-definition"] = {{"root", "{urn:sd}serviceDefinition"},
                                            {"schema", "built-in service-definition-1"},
                                            {"schematron", "rules/sd.sch"}};
  s.rules["SN-A"] = {
      {"severity", "error"}, {"test", "assert a"}, {"message", "A"}, {"message-de", "A (de)"}};
  s.rules["SN-B"] = {
      {"severity", "warning"}, {"test", "assert b"}, {"message", "B"}, {"message-de", ""}};
  s.codelists["urn:list"] = {"1", {"01", "02", "03"}};
  s.artefacts[{"de.sn", "profile.xml"}] = {"manifest", kHashA};
  s.artefacts[{"de.sn", "rules/sd.sch"}] = {"schematron", kHashA};
  return s;
}

void set(Fields& fields, const std::string& name, const std::string& value) {
  for (auto& [field, old] : fields) {
    if (field == name) old = value;
  }
}

BOOST_AUTO_TEST_SUITE(profile_diff)

BOOST_AUTO_TEST_CASE(equal_snapshots_have_no_differences) {
  const ProfileDiff diff = diff_profiles(base(), base());
  BOOST_TEST(diff.empty());
  BOOST_TEST(diff.from.id == "de.sn");
  BOOST_TEST(diff.to.sha256 == kHashA);
}

BOOST_AUTO_TEST_CASE(a_changed_rule_lists_only_the_fields_that_differ) {
  ProfileSnapshot newer = base();
  set(newer.rules["SN-B"], "severity", "error");
  set(newer.rules["SN-B"], "message-de", "B (de)");
  set(newer.rules["SN-A"], "test", "assert a and c");
  const ProfileDiff diff = diff_profiles(base(), newer);
  BOOST_REQUIRE(diff.rules.size() == 2u);
  BOOST_TEST(diff.rules[0].id == "SN-A");
  BOOST_TEST(diff.rules[0].change == Change::kChanged);
  BOOST_REQUIRE(diff.rules[0].fields.size() == 1u);
  BOOST_TEST(diff.rules[0].fields[0].name == "test");
  BOOST_TEST(diff.rules[0].fields[0].before == "assert a");
  BOOST_TEST(diff.rules[0].fields[0].after == "assert a and c");
  BOOST_REQUIRE(diff.rules[1].fields.size() == 2u);
  BOOST_TEST(diff.rules[1].fields[0].name == "severity");
  BOOST_TEST(diff.rules[1].fields[0].before == "warning");
  BOOST_TEST(diff.rules[1].fields[1].name == "message-de");
  BOOST_TEST(diff.rules[1].fields[1].before == "");
  BOOST_TEST(diff.rules[1].fields[1].after == "B (de)");
  BOOST_TEST(diff.document_types.empty());
  BOOST_TEST(diff.codelists.empty());
}

BOOST_AUTO_TEST_CASE(added_and_removed_items_carry_their_non_empty_values_sorted_by_id) {
  ProfileSnapshot newer = base();
  newer.rules.erase("SN-B");
  newer.rules["AA-NEW"] = {{"severity", "info"}, {"test", ""}, {"message", "new"}};
  const ProfileDiff diff = diff_profiles(base(), newer);
  BOOST_REQUIRE(diff.rules.size() == 2u);
  BOOST_TEST(diff.rules[0].id == "AA-NEW");
  BOOST_TEST(diff.rules[0].change == Change::kAdded);
  BOOST_REQUIRE(diff.rules[0].fields.size() == 2u);  // the empty test is left out
  BOOST_TEST(diff.rules[0].fields[0].name == "severity");
  BOOST_TEST(diff.rules[0].fields[0].before == "");
  BOOST_TEST(diff.rules[0].fields[0].after == "info");
  BOOST_TEST(diff.rules[1].id == "SN-B");
  BOOST_TEST(diff.rules[1].change == Change::kRemoved);
  BOOST_REQUIRE(diff.rules[1].fields.size() == 3u);  // message-de was empty
  BOOST_TEST(diff.rules[1].fields[0].before == "warning");
  BOOST_TEST(diff.rules[1].fields[0].after == "");
}

BOOST_AUTO_TEST_CASE(a_field_only_one_side_knows_is_a_change) {
  ProfileSnapshot newer = base();
  newer.document_types["service-definition"].emplace_back("condition", "exists(/x)");
  const ProfileDiff diff = diff_profiles(base(), newer);
  BOOST_REQUIRE(diff.document_types.size() == 1u);
  BOOST_REQUIRE(diff.document_types[0].fields.size() == 1u);
  BOOST_TEST(diff.document_types[0].fields[0].name == "condition");
  BOOST_TEST(diff.document_types[0].fields[0].after == "exists(/x)");
  const ProfileDiff back = diff_profiles(newer, base());
  BOOST_REQUIRE(back.document_types.size() == 1u);
  BOOST_TEST(back.document_types[0].fields[0].before == "exists(/x)");
  BOOST_TEST(back.document_types[0].fields[0].after == "");
}

BOOST_AUTO_TEST_CASE(code_lists_compare_versions_and_codes_by_uri) {
  ProfileSnapshot newer = base();
  newer.codelists["urn:list"] = {"2", {"01", "03", "04", "10"}};
  newer.codelists["urn:added"] = {"7", {"x", "y"}};
  const ProfileDiff diff = diff_profiles(base(), newer);
  BOOST_REQUIRE(diff.codelists.size() == 2u);
  const auto& added = diff.codelists[0];
  BOOST_TEST(added.uri == "urn:added");
  BOOST_TEST(added.change == Change::kAdded);
  BOOST_TEST(added.version_after == "7");
  BOOST_TEST(added.codes_after == 2u);
  BOOST_TEST(added.codes_added.empty());  // an added list gives its count, not every code
  const auto& changed = diff.codelists[1];
  BOOST_TEST(changed.change == Change::kChanged);
  BOOST_TEST(changed.version_before == "1");
  BOOST_TEST(changed.version_after == "2");
  BOOST_TEST(changed.codes_before == 3u);
  BOOST_TEST(changed.codes_after == 4u);
  BOOST_TEST(changed.codes_added == (std::vector<std::string>{"04", "10"}));
  BOOST_TEST(changed.codes_removed == (std::vector<std::string>{"02"}));
}

BOOST_AUTO_TEST_CASE(a_code_list_with_new_codes_but_the_same_version_is_listed) {
  ProfileSnapshot newer = base();
  newer.codelists["urn:list"].codes.insert("04");
  const ProfileDiff diff = diff_profiles(base(), newer);
  BOOST_REQUIRE(diff.codelists.size() == 1u);
  BOOST_TEST(diff.codelists[0].version_before == diff.codelists[0].version_after);
  BOOST_TEST(diff.codelists[0].codes_added == (std::vector<std::string>{"04"}));
  ProfileSnapshot removed = base();
  removed.codelists.clear();
  const ProfileDiff gone = diff_profiles(base(), removed);
  BOOST_REQUIRE(gone.codelists.size() == 1u);
  BOOST_TEST(gone.codelists[0].change == Change::kRemoved);
  BOOST_TEST(gone.codelists[0].codes_before == 3u);
}

BOOST_AUTO_TEST_CASE(artefacts_differ_by_content_hash_presence_and_absence) {
  ProfileSnapshot newer = base();
  newer.artefacts[{"de.sn", "rules/sd.sch"}].sha256 = kHashB;
  newer.artefacts.erase({"de.sn", "profile.xml"});
  newer.artefacts[{"de.bund", "profile.xml"}] = {"manifest", kHashA};
  const ProfileDiff diff = diff_profiles(base(), newer);
  BOOST_REQUIRE(diff.artefacts.size() == 3u);
  BOOST_TEST(diff.artefacts[0].profile == "de.bund");
  BOOST_TEST(diff.artefacts[0].change == Change::kAdded);
  BOOST_TEST(diff.artefacts[0].sha256_before == "");
  BOOST_TEST(diff.artefacts[1].path == "profile.xml");
  BOOST_TEST(diff.artefacts[1].change == Change::kRemoved);
  BOOST_TEST(diff.artefacts[1].sha256_after == "");
  BOOST_TEST(diff.artefacts[2].path == "rules/sd.sch");
  BOOST_TEST(diff.artefacts[2].kind == "schematron");
  BOOST_TEST(diff.artefacts[2].change == Change::kChanged);
  BOOST_TEST(diff.artefacts[2].sha256_before == kHashA);
  BOOST_TEST(diff.artefacts[2].sha256_after == kHashB);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::profilediff
