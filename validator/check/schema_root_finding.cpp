#include "validator/check/schema_root_finding.h"

#include <algorithm>
#include <string>

#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"

namespace konform {

bool rule_set_applies(const CompiledDocumentType& type, const schematron::Schema& rules,
                      std::string_view root_namespace) {
  if (!type.match.root_declared_by_schema || rules.declared_namespaces.empty()) return true;
  return std::binary_search(rules.declared_namespaces.begin(), rules.declared_namespaces.end(),
                            root_namespace);
}

Finding schema_root_finding(const CompiledProfile& profile, const RootElement& root,
                            const std::vector<const CompiledDocumentType*>& candidates) {
  std::vector<const CompiledDocumentType*> named = candidates;
  if (named.empty()) {
    for (const auto& type : profile.document_types) named.push_back(&type);
  }
  std::string schemas;
  for (const auto* type : named) schemas += (schemas.empty() ? "" : ", ") + type->id;
  const std::string element = expanded_name(root);
  Finding finding = rules::builtin_finding(
      candidates.empty() ? rules::kSchemaRootUnmatched : rules::kSchemaRootAmbiguous, "");
  if (candidates.empty()) {
    finding.message = "root element " + element +
                      " is declared globally by none of the schemas given with --schema (" +
                      schemas + "); the input was not validated";
    finding.message_de = "Das Wurzelelement " + element +
                         " ist in keinem der mit --schema angegebenen Schemas global deklariert (" +
                         schemas + "); die Eingabe wurde nicht validiert";
  } else {
    finding.message = "root element " + element +
                      " is declared globally by several schemas given with --schema (" + schemas +
                      "); the input was not validated: give only one of them";
    finding.message_de = "Das Wurzelelement " + element +
                         " ist in mehreren mit --schema angegebenen Schemas global deklariert (" +
                         schemas + "); die Eingabe wurde nicht validiert: nur eines davon angeben";
  }
  finding.location.line = std::max(root.position.line, 1);
  finding.location.column = root.position.column;
  finding.location.xpath = "/Q{" + root.namespace_uri + "}" + root.local_name + "[1]";
  return finding;
}

}  // namespace konform
