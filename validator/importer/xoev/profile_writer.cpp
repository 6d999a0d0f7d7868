#include "validator/importer/xoev/profile_writer.h"

#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/core/xml_writer.h"
#include "validator/importer/manifest_writer.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

void write_text_file(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) throw ConfigError("cannot write the file", file.string());
}

void write_manifest(const XoevImportReport& report, const std::string& title) {
  ManifestDraft manifest;
  manifest.id = report.id;
  manifest.version = report.version;
  manifest.title = title;
  manifest.publisher = "imported by konform from the published release";
  manifest.description = "Written by `konform profile import` from the release " + title +
                         "; re-import rather than edit by hand.";
  for (const auto& type : report.document_types) {
    DocumentTypeDraft draft;
    draft.id = type.id;
    draft.namespace_uri = type.namespace_uri;
    draft.local_name = type.local_name;
    draft.schema = type.schema.generic_string();
    if (!report.catalog.empty()) draft.catalogs.push_back("catalog.xml");
    for (const auto& schematron : type.schematrons) {
      draft.schematrons.push_back(schematron.generic_string());
    }
    manifest.document_types.push_back(std::move(draft));
  }
  if (!report.codelists.empty()) manifest.codelist_dirs.push_back("codelists");
  importer::write_manifest(manifest, report.profile_dir);
}

std::string catalog_text(std::string_view comment,
                         const std::vector<std::pair<std::string, std::string>>& systems) {
  std::ostringstream out;
  XmlWriter xml(out);
  xml.declaration();
  xml.comment(comment);
  {
    const XmlWriter::Element catalog(xml, "catalog", XmlWriter::WhenEmpty::kOpenAndClose);
    xml.namespace_declaration("urn:oasis:names:tc:entity:xmlns:xml:catalog");
    for (const auto& [system_id, uri] : systems) {
      const XmlWriter::Element system(xml, "system");
      xml.attribute("systemId", system_id);
      xml.attribute("uri", uri);
    }
  }
  xml.finish();
  return out.str();
}

void write_catalog(const XoevImportReport& report) {
  if (report.catalog.empty()) return;
  std::vector<std::pair<std::string, std::string>> systems;
  for (const auto& mapping : report.catalog) {
    systems.emplace_back(mapping.url, mapping.target.generic_string());
  }
  write_text_file(report.profile_dir / "catalog.xml",
                  catalog_text(" Written by `konform profile import`: each remote schemaLocation "
                               "of the release mapped to the copy inside this profile (konform "
                               "never goes online). ",
                               systems));
}

}  // namespace konform::importer::xoev
