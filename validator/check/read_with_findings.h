// How the check stage reads an input: the hardened reader's errors (input/read_error.h) become
// findings of the built-in rules as the read ends, through the catalogue's one conversion
// (rules/read_error_finding.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "validator/core/finding.h"
#include "validator/xml/xml_reader.h"

namespace konform {

/// Reads `bytes` (named `name`) with `reader` into `sink`, appending the findings of whatever was
/// wrong with them to `findings`.
xml::ReadOutcome read_with_findings(xml::XmlReader& reader, std::string_view bytes,
                                    const std::string& name, XmlEventSink* sink,
                                    std::vector<Finding>& findings);

}  // namespace konform
