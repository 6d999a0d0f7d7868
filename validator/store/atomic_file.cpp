#include "validator/store/atomic_file.h"

#include <unistd.h>

#include <fstream>

#include "validator/core/config_error.h"

namespace konform::store {
namespace fs = std::filesystem;

void write_file_atomically(const fs::path& file, const std::string& bytes) {
  fs::path temporary = file;
  temporary += ".tmp." + std::to_string(getpid());
  bool written = false;
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    written = static_cast<bool>(out);
  }
  std::error_code error;
  if (written) fs::rename(temporary, file, error);
  if (!written || error) {
    fs::remove(temporary, error);
    throw ConfigError("cannot write the file", file.string())
        .with_german("die Datei lässt sich nicht schreiben");
  }
}

}  // namespace konform::store
