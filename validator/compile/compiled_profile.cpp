#include "validator/compile/compiled_profile.h"

#include <algorithm>
#include <map>

#include "validator/core/config_error.h"
#include "validator/profile/artefact_hash.h"
#include "validator/rules/registry.h"
#include "validator/xml/catalog.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const xml::SchemaSet> compile_schema(const Profile& profile,
                                                     const DocumentType& type) {
  std::vector<std::shared_ptr<const xml::Catalog>> catalogs;
  for (const auto& catalog : type.catalogs) catalogs.push_back(xml::Catalog::load(catalog));
  xml::ResourcePolicy policy(profile.roots, std::move(catalogs));
  try {
    return xml::SchemaSet::compile(type.schema, policy);
  } catch (const ConfigError& e) {
    throw ConfigError(
        "document type '" + type.id + "' of profile '" + profile.id + "': " + e.what(), e.file(),
        e.line(), e.column());
  }
}

}  // namespace

CompiledProfile compile_profiles(const std::vector<Profile>& profiles) {
  CompiledProfile compiled;
  // Key: entry schema + catalogs; several document types often share one schema set.
  std::map<std::vector<fs::path>, std::shared_ptr<const xml::SchemaSet>> cache;
  for (const auto& profile : profiles) {
    std::vector<fs::path> artefacts;
    if (!profile.manifest.empty()) artefacts.push_back(profile.manifest);
    for (const auto& type : profile.document_types) {
      CompiledDocumentType out;
      out.id = type.id;
      out.match = type.match;
      out.origin = Origin{profile.id, profile.version, profile.level};
      if (!type.schema.empty()) {
        std::vector<fs::path> key{type.schema};
        key.insert(key.end(), type.catalogs.begin(), type.catalogs.end());
        auto& slot = cache[key];
        if (!slot) slot = compile_schema(profile, type);
        out.schemas = slot;
        out.schema_display = type.schema.string();
        artefacts.insert(artefacts.end(), slot->files().begin(), slot->files().end());
        artefacts.insert(artefacts.end(), type.catalogs.begin(), type.catalogs.end());
      }
      compiled.document_types.push_back(std::move(out));
    }
    // Ad-hoc profiles live in the working folder; hash relative to the root that holds them.
    const fs::path base =
        profile.manifest.empty() && !profile.roots.empty() ? profile.roots.front() : profile.dir;
    compiled.profiles.push_back(ProfileSummary{profile.id, profile.version, profile.level,
                                               sha256_of_artefacts(artefacts, base)});
  }
  auto builtin = rules::builtin_rules();
  compiled.rules.assign(builtin.begin(), builtin.end());
  return compiled;
}

}  // namespace konform
