#include "validator/importer/xoev/profile_writer.h"

#include <fstream>

#include "validator/core/config_error.h"
#include "validator/core/xml_escape.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

std::string attr(const std::string& value) { return xml_escape_attribute(value); }

}  // namespace

void write_text_file(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out) throw ConfigError("cannot write the file", file.string());
}

void write_manifest(const XoevImportReport& report, const std::string& title) {
  std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  text += "<!-- Written by `konform profile import` from the release " + attr(title) +
          "; re-import rather than edit by hand. -->\n";
  text += "<profile xmlns=\"urn:konform:profile:1\" id=\"" + attr(report.id) + "\" version=\"" +
          attr(report.version) + "\" level=\"other\">\n";
  text += "  <title>" + attr(title) + "</title>\n";
  text += "  <publisher>imported by konform from the published release</publisher>\n";
  for (const auto& type : report.document_types) {
    text += "  <documentType id=\"" + attr(type.id) + "\">\n";
    text += "    <match namespace=\"" + attr(type.namespace_uri) + "\" localName=\"" +
            attr(type.local_name) + "\"/>\n";
    text += "    <schema href=\"" + attr(type.schema.generic_string()) + "\"/>\n";
    if (!report.catalog.empty()) text += "    <catalog href=\"catalog.xml\"/>\n";
    for (const auto& schematron : type.schematrons) {
      text += "    <schematron href=\"" + attr(schematron.generic_string()) + "\"/>\n";
    }
    text += "  </documentType>\n";
  }
  if (!report.codelists.empty()) text += "  <codelists dir=\"codelists\"/>\n";
  text += "</profile>\n";
  write_text_file(report.profile_dir / "profile.xml", text);
}

void write_catalog(const XoevImportReport& report) {
  if (report.catalog.empty()) return;
  std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  text +=
      "<!-- Written by `konform profile import`: each remote schemaLocation of the release mapped "
      "to the copy inside this profile (konform never goes online). -->\n";
  text += "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n";
  for (const auto& mapping : report.catalog) {
    text += "  <system systemId=\"" + attr(mapping.url) + "\" uri=\"" +
            attr(mapping.target.generic_string()) + "\"/>\n";
  }
  text += "</catalog>\n";
  write_text_file(report.profile_dir / "catalog.xml", text);
}

}  // namespace konform::importer::xoev
