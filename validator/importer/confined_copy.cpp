#include "validator/importer/confined_copy.h"

#include <algorithm>

#include "validator/core/config_error.h"

namespace konform::importer {
namespace fs = std::filesystem;

namespace {

fs::path common_folder(const std::vector<fs::path>& files) {
  fs::path common = files.front().parent_path();
  for (const auto& file : files) {
    while (!common.empty()) {
      const fs::path relative = file.lexically_relative(common);
      if (!relative.empty() && *relative.begin() != "..") break;
      if (common == common.root_path()) break;
      common = common.parent_path();
    }
  }
  return common;
}

}  // namespace

std::map<fs::path, std::string> copy_into_profile(const std::vector<fs::path>& files,
                                                  const fs::path& profile_dir,
                                                  const std::string& subfolder) {
  std::map<fs::path, std::string> copies;
  if (files.empty()) return copies;
  const fs::path common = common_folder(files);
  for (const auto& file : files) {
    const fs::path relative = fs::path(subfolder) / file.lexically_relative(common);
    // By construction no part climbs out; checked anyway, the profile folder is the boundary.
    if (std::any_of(relative.begin(), relative.end(),
                    [](const fs::path& p) { return p == ".."; })) {
      throw ConfigError("'" + file.string() + "' would be copied outside the profile folder");
    }
    const fs::path target = profile_dir / relative;
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    if (!error) fs::copy_file(file, target, fs::copy_options::overwrite_existing, error);
    if (error) {
      throw ConfigError(
          "cannot copy into the profile (" + target.string() + "): " + error.message(),
          file.string())
          .with_german("kann nicht ins Profil kopiert werden (" + target.string() +
                       "): " + error.message());
    }
    copies.emplace(file, relative.generic_string());
  }
  return copies;
}

void create_profile_folder(const fs::path& dir) {
  std::error_code error;
  if (fs::exists(dir, error) && !(fs::is_directory(dir) && fs::is_empty(dir))) {
    throw ConfigError("the target folder exists and is not empty; an import never overwrites",
                      dir.string())
        .with_german("der Zielordner existiert und ist nicht leer; ein Import überschreibt nie");
  }
  fs::create_directories(dir, error);
  if (error)
    throw ConfigError("cannot create the profile folder: " + error.message(), dir.string());
}

}  // namespace konform::importer
