#include "validator/importer/xoev/profile_skeleton.h"

#include <set>

#include "validator/core/config_error.h"
#include "validator/core/xml_escape.h"
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
  std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  text +=
      "<!-- Written by `konform init profile --from-xsd`: complete the title, publisher and "
      "level, check the document types, then run `konform profile check` on this folder. -->\n";
  text += "<profile xmlns=\"urn:konform:profile:1\" id=\"" + xml_escape_attribute(id) +
          "\" version=\"0.1.0\" level=\"other\">\n";
  text += "  <title>TODO: the standard and version</title>\n";
  text += "  <publisher>TODO: who publishes this profile</publisher>\n";
  for (const auto& message : skeleton.messages.messages) {
    text += "  <documentType id=\"" + xml_escape_attribute(message.id) + "\">\n";
    text += "    <match namespace=\"" + xml_escape_attribute(message.namespace_uri) +
            "\" localName=\"" + xml_escape_attribute(message.local_name) + "\"/>\n";
    text +=
        "    <schema href=\"" +
        xml_escape_attribute(
            message.entry_schema.lexically_relative(fs::canonical(options.dir)).generic_string()) +
        "\"/>\n";
    if (needs_catalog(skeleton)) text += "    <catalog href=\"catalog.xml\"/>\n";
    text += "  </documentType>\n";
  }
  if (!skeleton.other_elements.empty()) {
    text += "  <!-- Other global elements, not taken as messages:\n";
    for (const auto& element : skeleton.other_elements) text += "       " + element + "\n";
    text += "  -->\n";
  }
  text += "</profile>\n";
  return text;
}

std::string catalog(const Skeleton& skeleton) {
  std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  text +=
      "<!-- Written by `konform init profile --from-xsd`: konform never goes online, so every "
      "remote schemaLocation needs a local copy inside the profile folder. Put each copy in "
      "the folder and replace TODO with its relative path. -->\n";
  text += "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n";
  for (const auto& mapped : skeleton.mapped) {
    text += "  <system systemId=\"" + xml_escape_attribute(mapped.url) + "\" uri=\"" +
            xml_escape_attribute(mapped.target.generic_string()) + "\"/>\n";
  }
  for (const auto& remote : skeleton.to_map) {
    text += "  <system systemId=\"" + xml_escape_attribute(remote.location) + "\" uri=\"TODO-" +
            xml_escape_attribute(remote.location.substr(remote.location.rfind('/') + 1)) + "\"/>\n";
  }
  text += "</catalog>\n";
  return text;
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
