// fn:path of a node in the canonical EQName form Saxon writes, e.g.
// `/Q{urn:x}Invoice[1]/Q{}Line[2]/@id`, `/Q{urn:x}a[1]/text()[1]`, `/` for the document node.
// Schematron reports (SVRL `location`) use it to point at the node a finding is about.
#pragma once

#include <string>

#include "validator/xdm/document.h"

namespace konform::xdm {

std::string node_path(NodeRef node);

}  // namespace konform::xdm
