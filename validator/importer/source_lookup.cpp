#include "validator/importer/source_lookup.h"

#include <iterator>

#include "validator/core/config_error.h"

namespace konform::importer {
namespace fs = std::filesystem;

std::optional<FoundSource> find_by_name(const std::vector<fs::path>& folders,
                                        const std::string& file_name) {
  for (const auto& folder : folders) {
    std::vector<fs::path> nearest;
    std::ptrdiff_t nearest_depth = 0;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
      if (it->path().filename() != file_name || !it->is_regular_file()) continue;
      const auto relative = it->path().lexically_relative(folder);
      const auto depth = std::distance(relative.begin(), relative.end());
      if (nearest.empty() || depth < nearest_depth) {
        nearest = {it->path()};
        nearest_depth = depth;
      } else if (depth == nearest_depth) {
        nearest.push_back(it->path());
      }
    }
    if (error) {
      throw ConfigError("cannot search the folder: " + error.message(), folder.string())
          .with_german("Ordner nicht durchsuchbar: " + error.message());
    }
    if (nearest.size() > 1) {
      throw ConfigError("'" + file_name + "' is ambiguous: " + nearest[0].string() + " and " +
                            nearest[1].string() + " are equally near; name a narrower folder",
                        folder.string())
          .with_german("'" + file_name + "' ist mehrdeutig: " + nearest[0].string() + " und " +
                       nearest[1].string() + "; einen engeren Ordner angeben");
    }
    if (!nearest.empty())
      return FoundSource{fs::weakly_canonical(nearest.front()), fs::weakly_canonical(folder)};
  }
  return std::nullopt;
}

}  // namespace konform::importer
