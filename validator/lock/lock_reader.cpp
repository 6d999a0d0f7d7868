// Reading konform.lock: validated against the embedded xsd/lock-2.xsd first, so everything taken
// from it afterwards has the right form; only what a schema cannot say is checked here. A lock of
// format 1 is recognised by its namespace before that, to say what to do about it.
#include <pugixml.hpp>

#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/lock/lock_file.h"
#include "validator/lock/lock_schema.h"
#include "validator/xml/own_format.h"

namespace konform::lock {
namespace fs = std::filesystem;

namespace {

/// A locked path is hashed inside its profile folder; one that could leave it is refused, so a
/// doctored lock file cannot make konform read files elsewhere.
bool stays_inside(const std::string& path) {
  for (const auto& part : fs::path(path)) {
    if (part == "..") return false;
  }
  return true;
}

/// A format-1 lock lists only the rule sets the manifests name, not what they include, nor the
/// catalogs catalogs chain to: honouring it would pass files it never pinned.
void refuse_older_format(const std::string& bytes, const fs::path& file) {
  pugi::xml_document document;
  if (!document.load_buffer(bytes.data(), bytes.size())) return;  // the schema check says why
  const pugi::xml_node root = document.document_element();
  if (std::string_view(root.attribute("xmlns").value()) != kLockNamespaceVersion1) return;
  throw ConfigError(
      "lock file of format 1 (" + std::string(kLockNamespaceVersion1) +
          "), written by an older konform: it does not pin the files that Schematron rule sets "
          "include nor the catalogs that catalogs chain to, so it cannot vouch for what runs; "
          "run `konform profile lock` again to write format 2 (or pass --no-lock)",
      file.string(), xml::line_at(bytes, root.offset_debug()));
}

}  // namespace

LockFile read_lock_file(const fs::path& file) {
  const std::string bytes = xml::read_own_file(file, "lock file");
  refuse_older_format(bytes, file);
  static const auto schema =
      xml::SchemaSet::compile_embedded(embedded::lock_2_xsd, "konform:xsd/lock-2.xsd");
  pugi::xml_document document;
  const pugi::xml_node root =
      xml::valid_root(document, schema, bytes, file.string(), "lock file", kLockNamespace);
  LockFile lock;
  lock.file = file.string();
  for (const auto& node : root.children("profile")) {
    LockedProfile profile{node.attribute("id").value(),
                          node.attribute("version").value(),
                          node.attribute("level").value(),
                          node.attribute("sha256").value(),
                          {},
                          xml::line_at(bytes, node.offset_debug()),
                          node.attribute("bundle").value(),
                          node.attribute("signedBy").value()};
    for (const auto& artefact : node.children("artefact")) {
      const int line = xml::line_at(bytes, artefact.offset_debug());
      const std::string path = artefact.attribute("path").value();
      if (!stays_inside(path)) {
        throw ConfigError(
            "invalid lock file: artefact path '" + path + "' leaves the profile folder",
            file.string(), line);
      }
      profile.artefacts.push_back({{path, artefact.attribute("sha256").value()}, line});
    }
    lock.profiles.push_back(std::move(profile));
  }
  if (const auto waivers = root.child("waivers")) {
    lock.waivers =
        LockedWaivers{waivers.attribute("path").value(), waivers.attribute("sha256").value(),
                      xml::line_at(bytes, waivers.offset_debug())};
  }
  return lock;
}

}  // namespace konform::lock
