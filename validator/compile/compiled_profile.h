// The compile stage: resolved profiles become one immutable CompiledProfile — every document
// type with its grammar pool built and locked, its origin, and the fingerprints of the
// artefacts — shared read-only by everything that checks inputs.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "validator/cache/cache_store.h"
#include "validator/codelist/code_binding.h"
#include "validator/codelist/code_list_store.h"
#include "validator/compile/rule_policy.h"
#include "validator/core/finding.h"
#include "validator/core/report.h"
#include "validator/core/rule_info.h"
#include "validator/core/rule_list.h"
#include "validator/profile/artefact_hash.h"
#include "validator/profile/profile.h"
#include "validator/schematron/schema.h"
#include "validator/xml/schema_set.h"
#include "validator/xpath/xpath.h"

namespace konform {

/// A compiled match condition. The expression refers into its static context (function table),
/// so both live together; statics is declared first so it outlives the expression.
struct MatchCondition {
  std::unique_ptr<xpath::StaticContext> statics;
  xpath::CompiledExpression expression;
};

struct CompiledDocumentType {
  std::string id;
  DocumentMatch match;
  Origin origin;                                  ///< the profile that defines it
  std::string schema_display;                     ///< entry schema as shown in reports
  std::shared_ptr<const xml::SchemaSet> schemas;  ///< null: well-formedness only
  /// Which list a code-kind element uses when the message does not say it: fixed by the schema,
  /// then overridden by the profile's <codeBinding>s. Null when no code lists are loaded.
  std::shared_ptr<const codelist::CodeBindingTable> code_bindings;
  /// Compiled Schematron rule sets, run on every well-formed input of this type.
  std::vector<std::shared_ptr<const schematron::Schema>> schematrons;
  /// The match's XPath condition (DocumentMatch::condition), compiled; null when there is none.
  std::shared_ptr<const MatchCondition> condition;
  Validity validity;
  /// The profile each rule set comes from (same order as `schematrons`): the defining profile,
  /// or one below it that added rules with <addRules>.
  std::vector<Origin> schematron_origins;
  std::optional<StandardVersion> standard;  ///< the message standard this type implements
  /// The chain's rule policy with this type's own <rule> declarations applied; null when it
  /// declares none (then the chain's applies: policy_of).
  std::shared_ptr<const RulePolicy> policy;
};

/// A document type of the chain left out because it does not apply at the validation date; kept
/// so `validate --explain` can say why it did not match.
struct InactiveDocumentType {
  std::string id;
  DocumentMatch match;
  Origin origin;
  Validity validity;
};

struct CompiledProfile {
  std::vector<CompiledDocumentType> document_types;
  /// The chain's document types that do not apply at the validation date.
  std::vector<InactiveDocumentType> inactive_document_types;
  std::vector<ProfileSummary> profiles;  ///< provenance, in selection order
  /// Per profile (parallel to `profiles`): every artefact hashed into its sha256, for lock files.
  std::vector<std::vector<ArtefactDigest>> artefacts;
  RuleList rules;  ///< every rule that can fire, sorted by id; shared by the reports
  /// Every code list of every profile; null when none carries any (the code-list stage is then
  /// skipped, visibly, in each input's stage list).
  std::shared_ptr<const codelist::CodeListStore> codelists;
  /// Effective severity and on/off of every rule after the chain's declarations.
  RulePolicy policy;
  /// Message standards service definitions may declare: every profile's <standard>s and those
  /// its document types implement, each with its validity (checked at the validation date).
  std::vector<StandardVersion> standards;
};

/// The rule policy for findings on inputs of `type`: its own, else the chain's.
inline const RulePolicy& policy_of(const CompiledProfile& profile,
                                   const CompiledDocumentType& type) {
  return type.policy ? *type.policy : profile.policy;
}

/// Whether the profile's document types are the schemas given with several --schema, matched by
/// their global elements (ad-hoc mode).
bool matches_by_schema_roots(const CompiledProfile& profile);

/// Visits every assertion of the document types' Schematron rule sets, each rule set once (a
/// rule set several types share is one), in schema order.
void for_each_assertion(
    const std::vector<CompiledDocumentType>& types,
    const std::function<void(const schematron::Schema&, const schematron::Assertion&)>& visit);

/// Compiles a resolved chain (parents first): the document types of every profile (a profile may
/// add document types, not redefine them; those not applying on `as_of` are left out), their
/// schemas (shared schema sets compiled once), the code lists and bindings of all profiles, and
/// the rule policy. Schema sets come from `store` when it holds them for the very same
/// artefacts (validator/compile/schema_cache.h); null compiles everything.
/// Throws ConfigError naming the profile, document type and artefact.
CompiledProfile compile_profiles(const std::vector<Profile>& profiles,
                                 const std::string& as_of = "",
                                 const cache::Store* store = nullptr);

}  // namespace konform
