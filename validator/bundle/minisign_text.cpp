#include "validator/bundle/minisign_text.h"

#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"

namespace konform::bundle {

std::string read_text_file(const std::filesystem::path& file) {
  constexpr std::uintmax_t kMaxSize = 1 << 16;
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  std::ifstream in(file, std::ios::binary);
  if (error || !in || size > kMaxSize) {
    throw ConfigError(error || !in ? "cannot read the file"
                                   : "larger than 64 KiB: not a key or "
                                     "signature",
                      file.string())
        .with_german(error || !in ? "die Datei lässt sich nicht lesen"
                                  : "größer als 64 KiB: kein Schlüssel und keine Signatur");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> minisign_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace konform::bundle
