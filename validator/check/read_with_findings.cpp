#include "validator/check/read_with_findings.h"

#include "validator/rules/read_error_finding.h"

namespace konform {

xml::ReadOutcome read_with_findings(xml::XmlReader& reader, std::string_view bytes,
                                    const std::string& name, XmlEventSink* sink,
                                    std::vector<Finding>& findings) {
  std::vector<ReadError> errors;
  xml::ReadOutcome outcome = reader.read(bytes, name, sink, errors);
  rules::add_findings_of(errors, findings);
  return outcome;
}

}  // namespace konform
