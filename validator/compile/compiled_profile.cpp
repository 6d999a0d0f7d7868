#include "validator/compile/compiled_profile.h"

#include <algorithm>
#include <map>

#include "validator/codelist/code_check_sink.h"
#include "validator/codelist/codelist_rules.h"
#include "validator/core/config_error.h"
#include "validator/profile/artefact_hash.h"
#include "validator/rules/registry.h"
#include "validator/xml/catalog.h"
#include "validator/xml/schema_code_lists.h"

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

std::vector<fs::path> genericode_files(const fs::path& source) {
  if (!fs::is_directory(source)) return {source};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(source)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// Schema-fixed lists first, then the profile's declarations, which win.
std::shared_ptr<const codelist::CodeBindingTable> bindings_for(const CompiledDocumentType& type,
                                                               const Profile& profile) {
  auto table = std::make_shared<codelist::CodeBindingTable>();
  if (type.schemas) {
    for (const auto& fixed : xml::code_lists_fixed_by_schema(*type.schemas).bindings) {
      table->bind(fixed.namespace_uri, fixed.local_name,
                  {fixed.list_uri, fixed.list_version, fixed.code_column});
    }
  }
  for (const auto& declared : profile.code_bindings) {
    table->bind(declared.namespace_uri, declared.local_name,
                {declared.list_uri, declared.list_version, declared.code_column});
  }
  return table;
}

}  // namespace

CompiledProfile compile_profiles(const std::vector<Profile>& profiles) {
  CompiledProfile compiled;
  codelist::CodeListStore::Builder codelists;
  bool any_codelists = false;
  for (const auto& profile : profiles) {
    for (const auto& source : profile.codelists) {
      codelists.add(source);
      any_codelists = true;
    }
  }
  if (any_codelists) {
    compiled.codelists = std::make_shared<const codelist::CodeListStore>(codelists.build());
  }
  // Key: entry schema + catalogs; several document types often share one schema set.
  std::map<std::vector<fs::path>, std::shared_ptr<const xml::SchemaSet>> cache;
  for (const auto& profile : profiles) {
    std::vector<fs::path> artefacts;
    if (!profile.manifest.empty()) artefacts.push_back(profile.manifest);
    for (const auto& source : profile.codelists) {
      auto files = genericode_files(source);
      artefacts.insert(artefacts.end(), files.begin(), files.end());
    }
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
      if (compiled.codelists) {
        out.code_bindings = bindings_for(out, profile);
        // A binding naming a column its list lacks is a profile error: find it now, not per input.
        codelist::CodeCheckSink probe(*compiled.codelists,
                                      {false, std::nullopt, out.code_bindings.get()});
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
  if (compiled.codelists) {
    auto listed = codelist::codelist_rules();
    compiled.rules.insert(compiled.rules.end(), listed.begin(), listed.end());
    std::sort(compiled.rules.begin(), compiled.rules.end(),
              [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  }
  return compiled;
}

}  // namespace konform
