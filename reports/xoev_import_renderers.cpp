#include "reports/xoev_import_renderers.h"

#include "reports/wording.h"

namespace konform::reports {
namespace {

using importer::xoev::XoevImportReport;

void render_message_rule(const std::string& rule, std::ostream& out) {
  if (rule == "global-elements") {
    out << "note: no global element is named like an XÖV message (.NNNN) or carries a "
           "nachrichtenkopf; every global element of the "
           "release's schemas became a document type\n";
  }
  if (rule == "none") {
    out << "note: the release declares no global element: a library of types for other "
           "standards; its schemas and code lists are in the profile, no document type\n";
  }
}

void render_missing_code_lists(const XoevImportReport& report, std::ostream& out) {
  if (report.missing_codelists.empty()) return;
  out << "warning: " << counted(report.missing_codelists.size(), "code list")
      << " the schemas use but neither the release nor a --with folder carries "
         "(codelist-unknown-list until added to codelists/):\n";
  for (const auto& missing : report.missing_codelists) {
    out << "  " << missing.uri << " "
        << (missing.version.empty() ? "(any version)" : missing.version) << "  used by "
        << counted(missing.elements.size(), "element") << ", e.g. " << missing.elements.front()
        << "\n";
  }
}

}  // namespace

void render_xoev_import_text(const XoevImportReport& report, std::ostream& out) {
  out << "konform: imported " << report.id << " " << report.version << " into "
      << report.profile_dir.string() << ": "
      << counted(report.document_types.size(), "document type") << ", "
      << counted(report.schemas_copied, "schema") << ", "
      << counted(report.catalog.size(), "catalog mapping") << ", "
      << counted(report.codelists.size(), "code list") << "\n";
  render_message_rule(report.message_rule, out);
  out << "document types:\n";
  for (const auto& type : report.document_types) {
    out << "  " << type.id << "  {" << type.namespace_uri << "}" << type.local_name << "  "
        << type.schema.generic_string();
    for (const auto& sch : type.schematrons) out << "  + " << sch.generic_string();
    out << "\n";
  }
  out << "catalog (remote schemaLocation -> copy):\n";
  for (const auto& mapping : report.catalog) {
    out << "  " << mapping.url << " -> " << mapping.target.generic_string() << "  (from "
        << mapping.source.string() << ")\n";
  }
  for (const auto& list : report.codelists) {
    if (list.from_with) out << "code list from --with: " << list.uri << " " << list.version << "\n";
  }
  for (const auto& file : report.unbound_schematrons) {
    out << "warning: " << file.string()
        << ": the namespaces this Schematron file declares are no message's; not bound\n";
  }
  render_missing_code_lists(report, out);
}

void render_profile_skeleton_text(const ProfileSkeletonSummary& skeleton, std::ostream& out) {
  for (const auto& file : skeleton.written) out << "konform: wrote " << file << "\n";
  out << "candidate document types ("
      << (skeleton.xoev_messages ? "XÖV messages" : "global elements") << "):\n";
  for (const auto& candidate : skeleton.candidates) {
    out << "  " << candidate.id << "  {" << candidate.namespace_uri << "}" << candidate.local_name
        << "\n";
  }
  if (skeleton.other_elements > 0) {
    out << counted(skeleton.other_elements, "other global element")
        << " listed in a comment of profile.xml\n";
  }
  if (skeleton.to_map > 0) {
    out << "to do: " << counted(skeleton.to_map, "remote schema location")
        << " to map to local copies in catalog.xml (marked TODO); `konform profile import` "
           "finds them in --with folders\n";
  }
}

}  // namespace konform::reports
