// SHA-256 fingerprints of profiles, so a report names exactly which artefacts produced it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform {

/// One artefact's fingerprint: its path relative to the profile folder ('/'-separated) and the
/// SHA-256 of its bytes. Lock files list these.
struct ArtefactDigest {
  std::string path;
  std::string sha256;

  friend bool operator==(const ArtefactDigest&, const ArtefactDigest&) = default;
};

/// Lower-case hex SHA-256 of a file's bytes. Throws ConfigError when it cannot be read.
std::string sha256_of_file(const std::filesystem::path& file);

/// One SHA-256 over a set of artefacts: the hash of the sorted lines "<sha256>  <path relative to
/// base>\n", so it changes when any artefact's content, name or membership changes.
std::string sha256_of_artefacts(const std::vector<std::filesystem::path>& files,
                                const std::filesystem::path& base);

/// The digest of each file, paths relative to `base`, sorted by path, each path once.
std::vector<ArtefactDigest> digest_artefacts(const std::vector<std::filesystem::path>& files,
                                             const std::filesystem::path& base);

/// The same hash as sha256_of_artefacts(), over digests already computed.
std::string sha256_of_digests(const std::vector<ArtefactDigest>& digests);

}  // namespace konform
