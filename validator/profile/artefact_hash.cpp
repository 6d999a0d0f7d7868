#include "validator/profile/artefact_hash.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>

#include "validator/core/config_error.h"
#include "validator/core/sha256.h"

namespace konform {
std::string sha256_of_file(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) throw ConfigError("cannot read artefact for hashing", file.string());
  Sha256 hash;
  std::array<char, 65536> buffer{};
  while (stream.read(buffer.data(), buffer.size()) || stream.gcount() > 0) {
    hash.update(buffer.data(), static_cast<std::size_t>(stream.gcount()));
  }
  return hash.hex();
}

std::vector<ArtefactDigest> digest_artefacts(const std::vector<std::filesystem::path>& files,
                                             const std::filesystem::path& base) {
  std::map<std::string, const std::filesystem::path*> by_path;
  for (const auto& file : files) {
    by_path.emplace(file.lexically_relative(base).generic_string(), &file);
  }
  std::vector<ArtefactDigest> digests;
  for (const auto& [path, file] : by_path) digests.push_back({path, sha256_of_file(*file)});
  return digests;
}

std::string sha256_of_digests(const std::vector<ArtefactDigest>& digests) {
  std::vector<std::string> lines;
  for (const auto& digest : digests) lines.push_back(digest.sha256 + "  " + digest.path + "\n");
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  Sha256 hash;
  for (const auto& line : lines) hash.update(line.data(), line.size());
  return hash.hex();
}

std::string sha256_of_artefacts(const std::vector<std::filesystem::path>& files,
                                const std::filesystem::path& base) {
  return sha256_of_digests(digest_artefacts(files, base));
}

}  // namespace konform
