#include "validator/profile/adhoc_profile.h"

#include <algorithm>
#include <map>
#include <string>

#include "validator/core/config_error.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

/// The canonical path of an existing regular file, or a ConfigError saying `what` is missing.
fs::path existing_file(const fs::path& given, const std::string& what) {
  std::error_code ec;
  fs::path canonical = fs::canonical(given, ec);
  if (ec || !fs::is_regular_file(canonical)) throw ConfigError(what + " not found", given.string());
  return canonical;
}

/// The folder a file named on the command line is reported relative to: the working folder when
/// it holds the file (names as the user typed them), else the file's own folder.
fs::path naming_root(const fs::path& canonical_file) {
  const fs::path cwd = fs::canonical(fs::current_path());
  auto [cwd_end, ignored] =
      std::mismatch(cwd.begin(), cwd.end(), canonical_file.begin(), canonical_file.end());
  return cwd_end == cwd.end() ? cwd : canonical_file.parent_path();
}

/// One document type per distinct schema; ids are file names, or paths as given where two
/// schemas share a file name.
std::vector<DocumentType> schema_types(const std::vector<fs::path>& given,
                                       const std::vector<fs::path>& canonical) {
  std::map<std::string, int> name_count;
  for (const auto& schema : canonical) ++name_count[schema.filename().string()];
  std::vector<DocumentType> types;
  for (std::size_t i = 0; i < canonical.size(); ++i) {
    const bool seen = std::any_of(types.begin(), types.end(), [&](const DocumentType& type) {
      return type.schema == canonical[i];
    });
    if (seen) continue;
    DocumentType type;
    const std::string file_name = canonical[i].filename().string();
    type.id = name_count[file_name] == 1 ? file_name : given[i].generic_string();
    type.schema = canonical[i];
    type.match.root_declared_by_schema = true;
    types.push_back(std::move(type));
  }
  return types;
}

}  // namespace

Profile adhoc_profile(const std::vector<fs::path>& schemas, const std::vector<fs::path>& catalogs,
                      const std::vector<fs::path>& extra_roots,
                      const std::vector<fs::path>& codelists,
                      const std::vector<fs::path>& schematrons) {
  Profile profile;
  profile.id = "adhoc";
  profile.version = "0.0.0";
  profile.level = "other";
  profile.title = "Ad-hoc profile";
  profile.publisher = "command line";
  profile.dir = fs::current_path();
  profile.trusts_local_files = true;
  std::vector<fs::path> canonical_schemas;
  for (const auto& schema : schemas) {
    canonical_schemas.push_back(existing_file(schema, "schema"));
    profile.roots.push_back(naming_root(canonical_schemas.back()));
  }
  std::vector<DocumentType> types = schema_types(schemas, canonical_schemas);
  if (types.size() <= 1) {
    // One schema validates every input, as `xmllint --schema` does (or none: well-formedness).
    DocumentType type;
    if (!types.empty()) type.schema = types.front().schema;
    types = {type};
    types.front().id = "adhoc";
    types.front().match.any_root = true;
  }
  std::vector<fs::path> canonical_catalogs;
  for (const auto& catalog : catalogs) {
    canonical_catalogs.push_back(existing_file(catalog, "catalog"));
    profile.roots.push_back(canonical_catalogs.back().parent_path());
  }
  for (const auto& root : extra_roots) {
    std::error_code ec;
    fs::path canonical = fs::canonical(root, ec);
    if (ec || !fs::is_directory(canonical))
      throw ConfigError("schema root not found", root.string());
    profile.roots.push_back(canonical);
  }
  std::vector<DocumentType::Schematron> rule_sets;
  for (const auto& rules : schematrons) {
    rule_sets.push_back({existing_file(rules, "Schematron file"), ""});
    profile.roots.push_back(naming_root(rule_sets.back().file));
  }
  for (const auto& source : codelists) {
    std::error_code ec;
    fs::path canonical = fs::canonical(source, ec);
    if (ec) throw ConfigError("code list file or folder not found", source.string());
    profile.codelists.push_back(canonical);
  }
  for (auto& type : types) {
    type.catalogs = canonical_catalogs;
    type.schematrons = rule_sets;
  }
  profile.document_types = std::move(types);
  return profile;
}

}  // namespace konform
