#include "validator/importer/xoev/profile_skeleton.h"

#include <set>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/core/xml_writer.h"
#include "validator/importer/xoev/profile_writer.h"
#include "validator/importer/xoev/release_artefacts.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

bool needs_catalog(const Skeleton& skeleton) {
  return !skeleton.mapped.empty() || !skeleton.to_map.empty();
}

void refuse_existing(const fs::path& file, bool force) {
  if (fs::exists(file) && !force) {
    throw ConfigError("exists; pass --force to overwrite it", file.string())
        .with_german("existiert bereits; mit --force überschreiben");
  }
}

std::string manifest(const SkeletonOptions& options, const Skeleton& skeleton,
                     const std::string& id) {
  using Element = XmlWriter::Element;
  std::ostringstream out;
  XmlWriter xml(out);
  xml.declaration();
  // A comment must not hold "--", so the --from-xsd option is not named in these two.
  xml.comment(
      " Written by `konform init profile` from XML Schemas: complete the title, publisher and "
      "level, check the document types, then run `konform profile check` on this folder. ");
  {
    const Element profile(xml, "profile");
    xml.namespace_declaration("urn:konform:profile:1");
    xml.attribute("id", id);
    xml.attribute("version", "0.1.0");
    xml.attribute("level", "other");
    xml.text_element("title", "TODO: the standard and version");
    xml.text_element("publisher", "TODO: who publishes this profile");
    for (const auto& message : skeleton.messages.messages) {
      const Element document_type(xml, "documentType");
      xml.attribute("id", message.id);
      {
        const Element match(xml, "match");
        xml.attribute("namespace", message.namespace_uri);
        xml.attribute("localName", message.local_name);
      }
      {
        const Element schema(xml, "schema");
        xml.attribute(
            "href",
            message.entry_schema.lexically_relative(fs::canonical(options.dir)).generic_string());
      }
      if (needs_catalog(skeleton)) {
        const Element catalog(xml, "catalog");
        xml.attribute("href", "catalog.xml");
      }
    }
    if (!skeleton.other_elements.empty()) {
      std::string text = " Other global elements, not taken as messages:\n";
      for (const auto& element : skeleton.other_elements) text += "       " + element + "\n";
      xml.comment(text + "  ");
    }
  }
  xml.finish();
  return out.str();
}

std::string catalog(const Skeleton& skeleton) {
  std::vector<std::pair<std::string, std::string>> systems;
  for (const auto& mapped : skeleton.mapped) {
    systems.emplace_back(mapped.url, mapped.target.generic_string());
  }
  for (const auto& remote : skeleton.to_map) {
    systems.emplace_back(remote.location,
                         "TODO-" + remote.location.substr(remote.location.rfind('/') + 1));
  }
  return catalog_text(
      " Written by `konform init profile` from XML Schemas: konform never goes online, so every "
      "remote schemaLocation needs a local copy inside the profile folder. Put each copy in the "
      "folder and replace TODO with its relative path. ",
      systems);
}

}  // namespace

Skeleton write_profile_skeleton(const SkeletonOptions& options) {
  fs::create_directories(options.dir);
  const fs::path dir = fs::canonical(options.dir);
  std::vector<fs::path> schemas;
  for (const auto& schema : options.schemas) {
    std::error_code error;
    fs::path file = fs::canonical(schema, error);
    if (error || !lies_inside(file, dir)) {
      throw ConfigError("the schema must lie inside the profile folder " + dir.string() +
                            " (a profile references nothing outside itself)",
                        schema.string())
          .with_german("das Schema muss im Profilordner " + dir.string() + " liegen");
    }
    schemas.push_back(std::move(file));
  }
  const SchemaClosure closure = close_schemas(schemas, {{dir, ""}});
  Skeleton skeleton;
  skeleton.messages = find_messages(closure, dir);
  std::set<std::string> taken;
  for (const auto& m : skeleton.messages.messages) {
    taken.insert("{" + m.namespace_uri + "}" + m.local_name);
  }
  for (const auto& [file, schema] : closure.scanned) {
    for (const auto& element : schema.elements) {
      const std::string name = "{" + schema.target_namespace + "}" + element.name;
      if (!taken.count(name)) skeleton.other_elements.push_back(name);
    }
  }
  std::set<std::string> to_map;  // each URL once, though many schemas name it
  for (const auto& unresolved : closure.unresolved) {
    if (!is_remote(unresolved.location)) {
      throw ConfigError(unresolved.location + ": " + unresolved.reason,
                        unresolved.referenced_by.string(), unresolved.line);
    }
    if (to_map.insert(unresolved.location).second) skeleton.to_map.push_back(unresolved);
  }
  skeleton.mapped = closure.catalog;
  const std::string id = options.id.empty() ? dir.filename().string() : options.id;
  // Both refusals before either file is written.
  refuse_existing(dir / "profile.xml", options.force);
  if (needs_catalog(skeleton)) refuse_existing(dir / "catalog.xml", options.force);
  write_text_file(dir / "profile.xml", manifest(options, skeleton, id));
  skeleton.written.push_back(dir / "profile.xml");
  if (needs_catalog(skeleton)) {
    write_text_file(dir / "catalog.xml", catalog(skeleton));
    skeleton.written.push_back(dir / "catalog.xml");
  }
  return skeleton;
}

}  // namespace konform::importer::xoev
