#include "validator/profile/artefact_hash.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <memory>

#include "validator/core/config_error.h"

namespace konform {
namespace {

class Sha256 {
 public:
  Sha256() : ctx_(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
    EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr);
  }
  void update(const void* data, std::size_t size) { EVP_DigestUpdate(ctx_.get(), data, size); }
  std::string hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx_.get(), digest.data(), &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
      out += kHex[digest[i] >> 4];
      out += kHex[digest[i] & 0xF];
    }
    return out;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx_;
};

}  // namespace

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
