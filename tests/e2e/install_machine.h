// A user's machine for the install and registry tests: its own trust and profile stores (XDG
// folders under the test's output), konform run there, and a publisher's workshop beside it that
// packs, keys and signs test.auftrag (tests/e2e/data/auftrag-profile) at any version.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/process.h"

namespace konform::test {

/// Debian's minisign, which publishers may sign with instead of konform.
inline const std::filesystem::path kMinisign = "/usr/bin/minisign";

struct InstallMachine {
  std::filesystem::path dir;
  explicit InstallMachine(const std::string& name);

  std::filesystem::path store() const { return dir / "data" / "konform" / "profiles"; }

  ProcessResult konform(const std::vector<std::string>& arguments,
                        const std::filesystem::path& working_dir = {}) const;
  /// konform, which must succeed.
  ProcessResult ok(const std::vector<std::string>& arguments,
                   const std::filesystem::path& working_dir = {}) const;

  /// test.auftrag at `version`, packed by konform into `<dir>/<name>/`.
  std::filesystem::path pack(const std::string& name, const std::string& version) const;
  /// A konform key pair in `<dir>/keys-<name>/`.
  std::filesystem::path keygen(const std::string& name) const;
  /// pack, then sign with the konform key in `keys`.
  std::filesystem::path signed_bundle(const std::string& name, const std::string& version,
                                      const std::filesystem::path& keys) const;

  /// `profile lock --profile test.auftrag` in a project folder, which must record the installed
  /// bundle's SHA-256 and signing key, then `validate` a sample there against the lock.
  void lock_and_validate(const std::string& bundle_sha256, const std::string& key_id) const;
};

/// Runs konform with `arguments`, which must be refused (exit 2) with `message` on standard
/// error, leaving the machine's store as it was.
void refused(const InstallMachine& machine, const std::vector<std::string>& arguments,
             const std::string& message);

std::string sha256_hex_of(const std::filesystem::path& file);

/// The 16 hex digits after "key " in the output of keygen or trust add.
std::string key_id_of(const ProcessResult& keygen_or_trust);

}  // namespace konform::test
