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

/// Whether the profile's document types are the given schemas, matched by their global elements.
bool matches_by_schema_roots(const CompiledProfile& profile);

/// schema-root-unmatched (no `candidates`: names every schema) or schema-root-ambiguous (names the
/// candidates), in English and German, located at the root element's start tag.
Finding schema_root_finding(const CompiledProfile& profile, const RootElement& root,
                            const std::vector<const CompiledDocumentType*>& candidates);

}  // namespace konform
