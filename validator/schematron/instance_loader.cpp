#include "validator/schematron/instance_loader.h"

#include "validator/rules/read_error_finding.h"
#include "validator/xdm/tree_builder.h"
#include "validator/xml/xml_reader.h"

namespace konform::schematron {

std::unique_ptr<xdm::Document> load_instance(std::string_view bytes, const std::string& name,
                                             std::vector<Finding>& findings) {
  xdm::TreeBuilder builder(xdm::TreeBuilderOptions{false, name});
  xml::XmlReader reader(nullptr);
  std::vector<ReadError> errors;
  xml::ReadOutcome outcome = reader.read(bytes, name, &builder, errors);
  rules::add_findings_of(errors, findings);
  if (outcome.end != xml::ReadEnd::kCompleted) return nullptr;
  return builder.take();
}

}  // namespace konform::schematron
