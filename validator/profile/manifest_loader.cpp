#include "validator/profile/manifest_loader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/profile/embedded_schemas.h"
#include "validator/profile/version.h"
#include "validator/xml/own_format.h"
#include "validator/xml/xml_reader.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

constexpr const char* kProfileNamespace = "urn:konform:profile:1";

/// The 1-based line of a pugixml node, for errors found after schema validation.
int line_of(const std::string& bytes, const pugi::xml_node& node) {
  return xml::line_at(bytes, node.offset_debug());
}

Validity validity_of(const pugi::xml_node& node) {
  return {node.attribute("validFrom").value(), node.attribute("validTo").value()};
}

StandardVersion standard_of(const pugi::xml_node& node) {
  return {node.attribute("name").value(), node.attribute("version").value(), validity_of(node)};
}

/// The prefixed namespace declarations in scope on `node`, innermost first wins (as XSLT's
/// static context takes them for XPath in attributes). The default namespace is left out: in
/// XPath an unprefixed name means no namespace.
std::vector<std::pair<std::string, std::string>> namespaces_in_scope(pugi::xml_node node) {
  std::vector<std::pair<std::string, std::string>> bindings;
  for (; node; node = node.parent()) {
    for (auto attribute : node.attributes()) {
      const std::string_view name = attribute.name();
      if (!name.starts_with("xmlns:")) continue;
      std::string prefix(name.substr(6));
      const bool shadowed = std::any_of(bindings.begin(), bindings.end(),
                                        [&](const auto& b) { return b.first == prefix; });
      if (!shadowed) bindings.emplace_back(std::move(prefix), attribute.value());
    }
  }
  return bindings;
}

enum class ArtefactKind { kFile, kFolder };

fs::path confined_artefact(const Profile& profile, const std::string& href,
                           const std::string& bytes, const pugi::xml_node& node,
                           ArtefactKind kind = ArtefactKind::kFile) {
  const fs::path candidate = (profile.dir / href).lexically_normal();
  std::error_code ec;
  fs::path canonical = fs::canonical(candidate, ec);
  const int line = line_of(bytes, node);
  if (ec) throw ConfigError("artefact '" + href + "' not found", profile.manifest.string(), line);
  auto [root_end, ignored] =
      std::mismatch(profile.dir.begin(), profile.dir.end(), canonical.begin(), canonical.end());
  if (root_end != profile.dir.end()) {
    throw ConfigError("artefact '" + href + "' resolves to " + canonical.string() +
                          ", outside the profile folder " + profile.dir.string() +
                          ": a profile reads only files inside its own folder; copy the file "
                          "into it",
                      profile.manifest.string(), line);
  }
  const bool right_kind = kind == ArtefactKind::kFile ? fs::is_regular_file(canonical, ec)
                                                      : fs::is_directory(canonical, ec);
  if (!right_kind) {
    throw ConfigError("artefact '" + href + "' is not a " +
                          (kind == ArtefactKind::kFile ? "regular file" : "folder"),
                      profile.manifest.string(), line);
  }
  return canonical;
}

RuleDeclaration rule_declaration_of(const pugi::xml_node& node, const std::string& bytes) {
  RuleDeclaration rule;
  rule.rule_id = node.attribute("id").value();
  rule.severity = node.attribute("severity").value();
  if (auto enabled = node.attribute("enabled")) rule.enabled = enabled.as_bool();
  rule.overridable = node.attribute("overridable").as_bool(false);
  rule.reason = node.attribute("reason").value();
  rule.validity = validity_of(node);
  rule.line = line_of(bytes, node);
  return rule;
}

}  // namespace

Profile load_profile(const fs::path& dir) {
  std::error_code ec;
  Profile profile;
  profile.dir = fs::canonical(dir, ec);
  if (ec || !fs::is_directory(profile.dir))
    throw ConfigError("profile folder not found", dir.string());
  profile.manifest = profile.dir / kManifestFileName;
  if (!fs::is_regular_file(profile.manifest, ec)) {
    throw ConfigError(std::string("no ") + kManifestFileName + " in profile folder", dir.string());
  }
  // Validated with the same hardened reader that checks messages.
  static const auto manifest_schema =
      xml::SchemaSet::compile_embedded(embedded::profile_1_xsd, "konform:xsd/profile-1.xsd");
  const std::string bytes = xml::read_own_file(profile.manifest, "profile manifest");
  xml::require_valid(manifest_schema, bytes, profile.manifest.string(), "profile manifest");

  pugi::xml_document doc;
  if (!doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default)) {
    throw ConfigError("manifest could not be read", profile.manifest.string());
  }
  auto root = doc.document_element();
  if (std::string_view(root.name()) != "profile" ||
      std::string_view(root.attribute("xmlns").value()) != kProfileNamespace) {
    throw ConfigError(std::string("manifest must use the default namespace ") + kProfileNamespace,
                      profile.manifest.string(), line_of(bytes, root));
  }
  profile.id = root.attribute("id").value();
  profile.version = root.attribute("version").value();
  profile.level = root.attribute("level").value();
  profile.title = root.child("title").text().get();
  profile.publisher = root.child("publisher").text().get();
  profile.description = root.child("description").text().get();
  profile.validity = validity_of(root);
  profile.roots = {profile.dir};
  if (auto deprecated = root.child("deprecated")) {
    profile.deprecated = true;
    profile.replaced_by = deprecated.attribute("replacedBy").value();
  }
  for (auto parent : root.children("extends")) {
    const std::string range = parent.attribute("version").value();
    if (!range.empty() && !VersionRange::parse(range)) {
      throw ConfigError(
          "'" + range + "' is not a version range (e.g. 2.1.0, ^2.1, ~2.1, >=2.0.0 <3.0.0)",
          profile.manifest.string(), line_of(bytes, parent));
    }
    profile.extends.push_back({parent.attribute("id").value(), range, line_of(bytes, parent)});
  }
  for (auto node : root.children("documentType")) {
    DocumentType type;
    type.id = node.attribute("id").value();
    type.title = node.child("title").text().get();
    type.validity = validity_of(node);
    auto match = node.child("match");
    type.match.namespace_uri = match.attribute("namespace").value();
    type.match.local_name = match.attribute("localName").value();
    type.match.condition = match.attribute("condition").value();
    type.match.line = line_of(bytes, match);
    if (!type.match.condition.empty()) type.match.condition_namespaces = namespaces_in_scope(match);
    if (auto standard = node.child("standard")) type.standard = standard_of(standard);
    if (auto schema = node.child("schema")) {
      type.builtin_schema = schema.attribute("builtin").value();
      const bool has_href = !schema.attribute("href").empty();
      if (type.builtin_schema.empty() == !has_href) {
        throw ConfigError("<schema> needs exactly one of href and builtin",
                          profile.manifest.string(), line_of(bytes, schema));
      }
      if (has_href) {
        type.schema = confined_artefact(profile, schema.attribute("href").value(), bytes, schema);
      }
    }
    for (auto rules : node.children("schematron")) {
      type.schematrons.push_back(
          {confined_artefact(profile, rules.attribute("href").value(), bytes, rules),
           rules.attribute("phase").value()});
    }
    for (auto catalog : node.children("catalog")) {
      type.catalogs.push_back(
          confined_artefact(profile, catalog.attribute("href").value(), bytes, catalog));
    }
    for (auto rule : node.children("rule")) type.rules.push_back(rule_declaration_of(rule, bytes));
    profile.document_types.push_back(std::move(type));
  }
  for (auto node : root.children()) {
    const std::string_view name = node.name();
    if (name == "addRules") {
      AddedRules added{node.attribute("documentType").value(), {}, line_of(bytes, node)};
      for (auto rules : node.children("schematron")) {
        added.schematrons.push_back(
            {confined_artefact(profile, rules.attribute("href").value(), bytes, rules),
             rules.attribute("phase").value()});
      }
      profile.added_rules.push_back(std::move(added));
    } else if (name == "standard") {
      profile.standards.push_back(standard_of(node));
    } else if (name == "codelists") {
      profile.codelists.push_back(confined_artefact(profile, node.attribute("dir").value(), bytes,
                                                    node, ArtefactKind::kFolder));
    } else if (name == "codelist") {
      profile.codelists.push_back(
          confined_artefact(profile, node.attribute("href").value(), bytes, node));
    } else if (name == "codeBinding") {
      profile.code_bindings.push_back(
          {node.attribute("namespace").value(), node.attribute("localName").value(),
           node.attribute("listURI").value(), node.attribute("listVersion").value(),
           node.attribute("codeColumn").value()});
    } else if (name == "rule") {
      profile.rules.push_back(rule_declaration_of(node, bytes));
    }
  }
  return profile;
}

}  // namespace konform
