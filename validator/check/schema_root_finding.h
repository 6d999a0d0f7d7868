// Ad-hoc mode with several schemas (`validate --schema A.xsd --schema B.xsd …`): each input is
// checked against the schema that declares its root element globally. An input that none of them,
// or more than one, declares gets one located finding naming the schemas, instead of the profile
// wording of document-type-unmatched / -ambiguous.
#pragma once

#include <vector>

#include "validator/check/root_probe.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/finding.h"

namespace konform {

/// Whether a rule set runs on an input of `type` whose root element is in `root_namespace`. With
/// several schemas, the rule sets of other syntaxes are given too (EN 16931's UBL rules next to
/// its CII rules), and some of their rules match any syntax (UBL-DT-01's context is every element
/// whose name ends in "Amount"): a rule set then runs on the inputs whose root namespace its <ns>
/// elements declare, or on every input when it declares none. Otherwise every rule set runs.
bool rule_set_applies(const CompiledDocumentType& type, const schematron::Schema& rules,
                      std::string_view root_namespace);

/// schema-root-unmatched (no `candidates`: names every schema) or schema-root-ambiguous (names the
/// candidates), in English and German, located at the root element's start tag.
Finding schema_root_finding(const CompiledProfile& profile, const RootElement& root,
                            const std::vector<const CompiledDocumentType*>& candidates);

}  // namespace konform
