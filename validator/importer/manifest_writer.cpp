#include "validator/importer/manifest_writer.h"

#include <fstream>

#include "validator/core/config_error.h"
#include "validator/core/xml_writer.h"

namespace konform::importer {
namespace {

using Element = XmlWriter::Element;

void write_rule(const RuleDraft& rule, XmlWriter& xml) {
  const Element element(xml, "rule");
  xml.attribute("id", rule.id);
  xml.attribute("severity", rule.severity);
  xml.optional_attribute("reason", rule.reason);
}

void write_href(std::string_view name, std::string_view href, XmlWriter& xml) {
  const Element element(xml, name);
  xml.attribute("href", href);
}

void write_document_type(const DocumentTypeDraft& type, XmlWriter& xml) {
  const Element element(xml, "documentType");
  xml.attribute("id", type.id);
  if (!type.title.empty()) xml.text_element("title", type.title);
  {
    const Element match(xml, "match");
    for (const auto& [prefix, uri] : type.condition_namespaces) {
      xml.namespace_declaration(uri, prefix);
    }
    xml.attribute("namespace", type.namespace_uri);
    xml.attribute("localName", type.local_name);
    xml.optional_attribute("condition", type.condition);
  }
  if (!type.schema.empty()) write_href("schema", type.schema, xml);
  for (const auto& catalog : type.catalogs) write_href("catalog", catalog, xml);
  for (const auto& schematron : type.schematrons) write_href("schematron", schematron, xml);
  for (const auto& rule : type.rules) write_rule(rule, xml);
}

}  // namespace

void write_manifest(const ManifestDraft& manifest, const std::filesystem::path& dir) {
  const auto file = dir / "profile.xml";
  std::ofstream out(file, std::ios::binary);
  XmlWriter xml(out);
  xml.declaration();
  {
    const Element profile(xml, "profile");
    xml.namespace_declaration("urn:konform:profile:1");
    xml.attribute("id", manifest.id);
    xml.attribute("version", manifest.version);
    xml.attribute("level", manifest.level);
    xml.text_element("title", manifest.title);
    xml.text_element("publisher", manifest.publisher);
    if (!manifest.description.empty()) xml.text_element("description", manifest.description);
    for (const auto& type : manifest.document_types) write_document_type(type, xml);
    for (const auto& codelists : manifest.codelist_dirs) {
      const Element element(xml, "codelists");
      xml.attribute("dir", codelists);
    }
    for (const auto& rule : manifest.rules) write_rule(rule, xml);
  }
  xml.finish();
  if (!out.flush()) {
    throw ConfigError("cannot write the manifest", file.string())
        .with_german("das Manifest kann nicht geschrieben werden");
  }
}

}  // namespace konform::importer
