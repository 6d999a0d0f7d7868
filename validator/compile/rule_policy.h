// The rule policy of a resolved profile chain: each rule's effective severity and whether it is
// on, after every profile's <rule> declarations are applied, parents first, on top of the rules'
// defaults. Tighten-only governance (profiles/README.md):
//  - a declaration may always raise a rule's severity;
//  - every declaration without overridable="true" sets a floor: no profile after it (below it in
//    the chain) may set a lower severity or switch the rule off;
//  - below the floor's level, lowering or switching off needs overridable="true" above and a
//    written reason; an attempt that breaks this is a configuration error citing both profiles;
//  - konform's own error-level rules (well-formedness, XSD validity, ...) start with a floor.
// Applied once per finding, in the check stage; rules never see it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "validator/core/finding.h"
#include "validator/core/rule_info.h"
#include "validator/profile/profile.h"

namespace konform {

struct EffectiveRule {
  Severity severity = Severity::kError;
  bool enabled = true;
  std::optional<Severity> floor;  ///< lowest severity allowed below; nullopt: may be switched off
  std::string floor_set_by;       ///< "profile version (manifest:line)" of the floor, for errors
  std::optional<Origin> declared_by;  ///< the last profile that changed it
  std::string reason;                 ///< why it was lowered or switched off, if it was
};

class RulePolicy {
 public:
  RulePolicy() = default;
  /// Merges the declarations of `chain` (parents first) valid on `as_of` over `known` rules'
  /// defaults. Throws ConfigError (manifest, line) for unknown rule ids and forbidden weakening.
  static RulePolicy merge(const std::vector<Profile>& chain, const std::vector<RuleInfo>& known,
                          const std::string& as_of);

  /// This policy with the declarations of one document type (<documentType><rule>) applied on
  /// top, for its inputs only. The same merge rules hold, but an error-level Schematron rule that
  /// no profile made binding may be lowered there (with a reason). Throws ConfigError.
  RulePolicy for_document_type(const Profile& profile, const DocumentType& type,
                               const std::string& as_of) const;

  /// Gives the finding its effective severity (and origin, where a profile declared the rule);
  /// returns false when the rule is switched off and the finding is to be dropped.
  bool apply(Finding& finding) const;

  const std::map<std::string, EffectiveRule>& rules() const { return rules_; }

 private:
  void declare(const Profile& profile, const RuleDeclaration& declaration,
               bool for_one_document_type);

  std::map<std::string, EffectiveRule> rules_;
};

}  // namespace konform
