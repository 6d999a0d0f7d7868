// Document matching: which document type of the compiled profile an input is, decided by its root
// element. Exactly one must match; profile-specific matches win over the ad-hoc catch-all.
#pragma once

#include <string_view>
#include <vector>

#include "validator/compile/compiled_profile.h"

namespace konform {

/// The document types whose match accepts this root element (specific ones first; the catch-all
/// only when nothing specific matched).
std::vector<const CompiledDocumentType*> match_document_types(const CompiledProfile& profile,
                                                              std::string_view namespace_uri,
                                                              std::string_view local_name);

}  // namespace konform
