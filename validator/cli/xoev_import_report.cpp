#include "validator/cli/xoev_import_report.h"

#include <iostream>

#include "reports/wording.h"
#include "validator/importer/xoev/xoev_import.h"

namespace konform::cli {
using importer::xoev::XoevImportReport;

void print_xoev_import_report(const XoevImportReport& report) {
  using reports::counted;
  std::cout << "konform: imported " << report.id << " " << report.version << " into "
            << report.profile_dir.string() << ": "
            << counted(report.document_types.size(), "document type") << ", "
            << counted(report.schemas_copied, "schema") << ", "
            << counted(report.catalog.size(), "catalog mapping") << ", "
            << counted(report.codelists.size(), "code list") << "\n";
  if (report.message_rule == "global-elements") {
    std::cout << "note: no global element is named like an XÖV message (.NNNN) or carries a "
                 "nachrichtenkopf; every global element of the "
                 "release's schemas became a document type\n";
  }
  if (report.message_rule == "none") {
    std::cout << "note: the release declares no global element: a library of types for other "
                 "standards; its schemas and code lists are in the profile, no document type\n";
  }
  std::cout << "document types:\n";
  for (const auto& type : report.document_types) {
    std::cout << "  " << type.id << "  {" << type.namespace_uri << "}" << type.local_name << "  "
              << type.schema.generic_string();
    for (const auto& sch : type.schematrons) std::cout << "  + " << sch.generic_string();
    std::cout << "\n";
  }
  std::cout << "catalog (remote schemaLocation -> copy):\n";
  for (const auto& mapping : report.catalog) {
    std::cout << "  " << mapping.url << " -> " << mapping.target.generic_string() << "  (from "
              << mapping.source.string() << ")\n";
  }
  for (const auto& list : report.codelists) {
    if (list.from_with) {
      std::cout << "code list from --with: " << list.uri << " " << list.version << "\n";
    }
  }
  for (const auto& file : report.unbound_schematrons) {
    std::cout << "warning: " << file.string()
              << ": the namespaces this Schematron file declares are no message's; not bound\n";
  }
  if (!report.missing_codelists.empty()) {
    std::cout << "warning: " << counted(report.missing_codelists.size(), "code list")
              << " the schemas use but neither the release nor a --with folder carries "
                 "(codelist-unknown-list until added to codelists/):\n";
    for (const auto& missing : report.missing_codelists) {
      std::cout << "  " << missing.uri << " "
                << (missing.version.empty() ? "(any version)" : missing.version) << "  used by "
                << counted(missing.elements.size(), "element") << ", e.g. "
                << missing.elements.front() << "\n";
    }
  }
}

}  // namespace konform::cli
