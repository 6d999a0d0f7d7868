// The compile stage: resolved profiles become one immutable CompiledProfile — every document
// type with its grammar pool built and locked, its origin, and the fingerprints of the
// artefacts — shared read-only by everything that checks inputs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "validator/codelist/code_binding.h"
#include "validator/codelist/code_list_store.h"
#include "validator/compile/rule_policy.h"
#include "validator/core/finding.h"
#include "validator/core/report.h"
#include "validator/core/rule_info.h"
#include "validator/profile/profile.h"
#include "validator/schematron/schema.h"
#include "validator/xml/schema_set.h"

namespace konform {

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
};

struct CompiledProfile {
  std::vector<CompiledDocumentType> document_types;
  std::vector<ProfileSummary> profiles;  ///< provenance, in selection order
  std::vector<RuleInfo> rules;           ///< every rule that can fire, sorted by id
  /// Every code list of every profile; null when none carries any (the code-list stage is then
  /// skipped, visibly, in each input's stage list).
  std::shared_ptr<const codelist::CodeListStore> codelists;
  /// Effective severity and on/off of every rule after the chain's declarations.
  RulePolicy policy;
};

/// Compiles a resolved chain (parents first): the document types of every profile (a profile may
/// add document types, not redefine them; those not applying on `as_of` are left out), their
/// schemas (shared schema sets compiled once), the code lists and bindings of all profiles, and
/// the rule policy. Throws ConfigError naming the profile, document type and artefact.
CompiledProfile compile_profiles(const std::vector<Profile>& profiles,
                                 const std::string& as_of = "");

}  // namespace konform
