#include "validator/core/scratch_folder.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "validator/core/config_error.h"

namespace konform {
namespace fs = std::filesystem;

ScratchFolder::ScratchFolder(const std::string& prefix) {
  std::error_code error;
  const fs::path base = fs::temp_directory_path(error);
  const std::string pattern = ((error ? fs::path("/tmp") : base) / (prefix + "XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  if (::mkdtemp(name.data()) == nullptr) {
    throw ConfigError(std::string("cannot create a temporary folder: ") + std::strerror(errno),
                      pattern)
        .with_german("kein tempor\u00e4rer Ordner anlegbar");
  }
  path_ = name.data();
}

ScratchFolder::~ScratchFolder() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace konform
