// Merge semantics of rule declarations, rule by rule (profiles/README.md, "Merging").
#include <boost/test/unit_test.hpp>

#include "validator/compile/rule_policy.h"
#include "validator/core/config_error.h"

using namespace konform;

namespace {

const std::vector<RuleInfo> kKnown = {
    {"binding-rule", Severity::kError, "t", "t", "s"},
    {"soft-rule", Severity::kWarning, "t", "t", "s"},
    {"xsd-valid", Severity::kError, "t", "t", "s"},
};

Profile profile(const std::string& id, std::vector<RuleDeclaration> rules) {
  Profile p;
  p.id = id;
  p.version = "1.0.0";
  p.level = id == "bund" ? "federal" : id == "land" ? "state" : "municipal";
  p.manifest = id + "/profile.xml";
  p.rules = std::move(rules);
  return p;
}

RuleDeclaration declare(const std::string& rule, const std::string& severity,
                        bool overridable = false, const std::string& reason = "",
                        std::optional<bool> enabled = {}) {
  RuleDeclaration d;
  d.rule_id = rule;
  d.severity = severity;
  d.overridable = overridable;
  d.reason = reason;
  d.enabled = enabled;
  d.line = 7;
  return d;
}

std::string error_of(const std::vector<Profile>& chain, const std::string& as_of = "") {
  try {
    RulePolicy::merge(chain, kKnown, as_of);
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

Severity severity_of(const RulePolicy& policy, const std::string& rule) {
  return policy.rules().at(rule).severity;
}

/// A finding of `rule` at `severity` after `policy`, which must keep it.
Finding applied(const RulePolicy& policy, const std::string& rule, Severity severity) {
  Finding finding;
  finding.rule_id = rule;
  finding.severity = severity;
  BOOST_TEST(policy.apply(finding));
  return finding;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_policy)

BOOST_AUTO_TEST_CASE(defaults_apply_without_declarations) {
  auto policy = RulePolicy::merge({}, kKnown, "");
  BOOST_TEST(to_string(severity_of(policy, "soft-rule")) == "warning");
}

BOOST_AUTO_TEST_CASE(a_child_may_raise_a_severity) {
  auto policy = RulePolicy::merge(
      {profile("bund", {}), profile("land", {declare("soft-rule", "error")})}, kKnown, "");
  BOOST_TEST(to_string(severity_of(policy, "soft-rule")) == "error");
  const Finding finding = applied(policy, "soft-rule", Severity::kWarning);
  BOOST_TEST(to_string(finding.severity) == "error");
  BOOST_TEST(finding.origin.profile == "land");
  BOOST_TEST(finding.origin.level == "state");
}

BOOST_AUTO_TEST_CASE(a_child_may_lower_an_overridable_rule_only_with_a_reason) {
  const auto bund = profile("bund", {declare("soft-rule", "warning", /*overridable=*/true)});
  auto policy = RulePolicy::merge(
      {bund, profile("stadt", {declare("soft-rule", "info", false, "local practice")})}, kKnown,
      "");
  BOOST_TEST(to_string(severity_of(policy, "soft-rule")) == "info");
  BOOST_TEST(policy.rules().at("soft-rule").reason == "local practice");
  const std::string error = error_of({bund, profile("stadt", {declare("soft-rule", "info")})});
  BOOST_TEST(error.find("without a reason") != std::string::npos, error);
}

BOOST_AUTO_TEST_CASE(a_child_may_switch_off_an_overridable_rule_with_a_reason) {
  const auto bund = profile("bund", {declare("soft-rule", "warning", true)});
  auto policy = RulePolicy::merge(
      {bund, profile("stadt", {declare("soft-rule", "", false, "not used here", false)})}, kKnown,
      "");
  Finding finding;
  finding.rule_id = "soft-rule";
  BOOST_TEST(!policy.apply(finding));
}

BOOST_AUTO_TEST_CASE(binding_rules_can_never_be_weakened) {
  // The parent's declaration without overridable sets a floor; the child cites both profiles.
  const auto bund = profile("bund", {declare("soft-rule", "warning")});
  const std::string lowered =
      error_of({bund, profile("stadt", {declare("soft-rule", "info", false, "we disagree")})});
  BOOST_TEST(lowered.find("stadt/profile.xml:7") != std::string::npos, lowered);
  BOOST_TEST(lowered.find("weakens rule 'soft-rule'") != std::string::npos, lowered);
  BOOST_TEST(lowered.find("bund 1.0.0 (bund/profile.xml:7)") != std::string::npos, lowered);
  const std::string disabled =
      error_of({bund, profile("stadt", {declare("soft-rule", "", false, "x", false)})});
  BOOST_TEST(disabled.find("weakens") != std::string::npos);
  // konform's own error rules start binding.
  BOOST_TEST(error_of({profile("bund", {declare("binding-rule", "warning", false, "x")})})
                 .find("made binding") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_raised_floor_binds_grandchildren_too) {
  const auto bund = profile("bund", {declare("soft-rule", "warning", true)});
  const auto land = profile("land", {declare("soft-rule", "error")});
  BOOST_TEST(
      !error_of({bund, land, profile("stadt", {declare("soft-rule", "warning", false, "r")})})
           .empty());
}

BOOST_AUTO_TEST_CASE(overridable_lowering_cannot_go_below_an_earlier_floor) {
  const auto bund = profile("bund", {declare("soft-rule", "warning")});      // floor: warning
  const auto land = profile("land", {declare("soft-rule", "error", true)});  // raises, overridable
  auto ok = RulePolicy::merge(
      {bund, land, profile("stadt", {declare("soft-rule", "warning", false, "r")})}, kKnown, "");
  BOOST_TEST(to_string(severity_of(ok, "soft-rule")) == "warning");
  BOOST_TEST(!error_of({bund, land, profile("stadt", {declare("soft-rule", "info", false, "r")})})
                  .empty());
}

BOOST_AUTO_TEST_CASE(unknown_rules_are_errors_and_dated_declarations_apply_only_in_their_range) {
  BOOST_TEST(error_of({profile("bund", {declare("no-such-rule", "error")})}).find("not known") !=
             std::string::npos);
  auto dated = declare("soft-rule", "error");
  dated.validity.from = "2027-01-01";
  auto before = RulePolicy::merge({profile("bund", {dated})}, kKnown, "2026-12-31");
  auto after = RulePolicy::merge({profile("bund", {dated})}, kKnown, "2027-01-01");
  BOOST_TEST(to_string(severity_of(before, "soft-rule")) == "warning");
  BOOST_TEST(to_string(severity_of(after, "soft-rule")) == "error");
}

BOOST_AUTO_TEST_CASE(a_document_type_lowers_its_own_rule_sets_rules_for_its_inputs_only) {
  // A KoSIT scenario's customLevel: the defining profile lowers an error-level Schematron rule
  // (no profile made it binding) for one document type, with a reason; the chain keeps it.
  const auto rechnung = profile("rechnung", {});
  DocumentType extension;
  extension.id = "extension";
  extension.rules = {declare("binding-rule", "info", false, "KoSIT customLevel information")};
  const auto chain = RulePolicy::merge({rechnung}, kKnown, "");
  const auto for_type = chain.for_document_type(rechnung, extension, "");
  BOOST_TEST(to_string(severity_of(for_type, "binding-rule")) == "info");
  BOOST_TEST(to_string(severity_of(chain, "binding-rule")) == "error");
  const Finding finding = applied(for_type, "binding-rule", Severity::kError);
  BOOST_TEST(to_string(finding.severity) == "info");
  BOOST_TEST(finding.origin.profile == "rechnung");
}

BOOST_AUTO_TEST_CASE(a_document_type_cannot_weaken_konforms_rules_or_a_declared_floor) {
  auto error_for_type = [](const std::vector<Profile>& chain, const RuleDeclaration& rule) {
    DocumentType type;
    type.id = "t";
    type.rules = {rule};
    try {
      RulePolicy::merge(chain, kKnown, "").for_document_type(chain.back(), type, "");
    } catch (const ConfigError& e) {
      return e.located();
    }
    return std::string();
  };
  const auto own = profile("stadt", {});
  BOOST_TEST(error_for_type({own}, declare("xsd-valid", "warning", false, "r"))
                 .find("weakens rule 'xsd-valid'") != std::string::npos);
  BOOST_TEST(error_for_type({own}, declare("binding-rule", "warning")).find("without a reason") !=
             std::string::npos);
  const auto bund = profile("bund", {declare("binding-rule", "error")});
  BOOST_TEST(error_for_type({bund, own}, declare("binding-rule", "warning", false, "r"))
                 .find("bund 1.0.0 (bund/profile.xml:7) made binding") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
