// tests/tools/registry_server.py run by a test: a static registry on 127.0.0.1 that can stall,
// truncate or redirect chosen paths. Ready once it has printed its port; it exits when this
// object closes its standard input (or the test process dies).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace konform::test {

class RegistryServer {
 public:
  /// Serves `root`; `misbehaviour` are the script's options (--stall PATH, --truncate PATH, ...).
  explicit RegistryServer(const std::filesystem::path& root,
                          const std::vector<std::string>& misbehaviour = {});
  ~RegistryServer();
  RegistryServer(const RegistryServer&) = delete;
  RegistryServer& operator=(const RegistryServer&) = delete;

  /// "http://127.0.0.1:PORT/" (with the slash).
  std::string url() const;

 private:
  pid_t pid_ = -1;
  int input_ = -1;
  int port_ = 0;
};

}  // namespace konform::test
