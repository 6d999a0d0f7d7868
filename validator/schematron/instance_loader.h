// Reads an instance document into an XDM tree for Schematron with konform's hardened reader
// (well-formedness only, no DOCTYPE, nothing external), so a rule set sees exactly the document
// the XSD stage saw. Whitespace-only text nodes are kept, as XSLT does by default.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "validator/core/finding.h"
#include "validator/xdm/document.h"

namespace konform::schematron {

/// The document, or nullptr when the reader did not complete (the reasons are in `findings`).
std::unique_ptr<xdm::Document> load_instance(std::string_view bytes, const std::string& name,
                                             std::vector<Finding>& findings);

}  // namespace konform::schematron
