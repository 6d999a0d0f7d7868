#include "validator/importer/manifest_writer.h"

#include <pugixml.hpp>

#include "validator/core/config_error.h"

namespace konform::importer {
namespace {

void append_rule(pugi::xml_node parent, const RuleDraft& rule) {
  auto element = parent.append_child("rule");
  element.append_attribute("id") = rule.id.c_str();
  element.append_attribute("severity") = rule.severity.c_str();
  if (!rule.reason.empty()) element.append_attribute("reason") = rule.reason.c_str();
}

}  // namespace

void write_manifest(const ManifestDraft& manifest, const std::filesystem::path& dir) {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  auto profile = document.append_child("profile");
  profile.append_attribute("xmlns") = "urn:konform:profile:1";
  profile.append_attribute("id") = manifest.id.c_str();
  profile.append_attribute("version") = manifest.version.c_str();
  profile.append_attribute("level") = manifest.level.c_str();
  profile.append_child("title").text() = manifest.title.c_str();
  profile.append_child("publisher").text() = manifest.publisher.c_str();
  if (!manifest.description.empty())
    profile.append_child("description").text() = manifest.description.c_str();
  for (const auto& type : manifest.document_types) {
    auto element = profile.append_child("documentType");
    element.append_attribute("id") = type.id.c_str();
    if (!type.title.empty()) element.append_child("title").text() = type.title.c_str();
    auto match = element.append_child("match");
    for (const auto& [prefix, uri] : type.condition_namespaces)
      match.append_attribute(("xmlns:" + prefix).c_str()) = uri.c_str();
    match.append_attribute("namespace") = type.namespace_uri.c_str();
    match.append_attribute("localName") = type.local_name.c_str();
    if (!type.condition.empty()) match.append_attribute("condition") = type.condition.c_str();
    if (!type.schema.empty())
      element.append_child("schema").append_attribute("href") = type.schema.c_str();
    for (const auto& catalog : type.catalogs)
      element.append_child("catalog").append_attribute("href") = catalog.c_str();
    for (const auto& schematron : type.schematrons)
      element.append_child("schematron").append_attribute("href") = schematron.c_str();
    for (const auto& rule : type.rules) append_rule(element, rule);
  }
  for (const auto& codelists : manifest.codelist_dirs)
    profile.append_child("codelists").append_attribute("dir") = codelists.c_str();
  for (const auto& rule : manifest.rules) append_rule(profile, rule);
  const auto file = dir / "profile.xml";
  if (!document.save_file(file.c_str(), "  ", pugi::format_default, pugi::encoding_utf8)) {
    throw ConfigError("cannot write the manifest", file.string())
        .with_german("das Manifest kann nicht geschrieben werden");
  }
}

}  // namespace konform::importer
