#include "tests/e2e/registry_server.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

#include "tests/support/test_paths.h"

namespace konform::test {
namespace {

/// The first line the child writes to `fd`.
std::string first_line(int fd) {
  std::string line;
  char c = 0;
  while (read(fd, &c, 1) == 1 && c != '\n') line += c;
  return line;
}

}  // namespace

RegistryServer::RegistryServer(const std::filesystem::path& root,
                               const std::vector<std::string>& misbehaviour) {
  int to_child[2];
  int from_child[2];
  if (pipe(to_child) != 0 || pipe(from_child) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> argv{"/usr/bin/python3",
                                (source_dir() / "tests/tools/registry_server.py").string(),
                                root.string()};
  argv.insert(argv.end(), misbehaviour.begin(), misbehaviour.end());
  pid_ = fork();
  if (pid_ == 0) {
    dup2(to_child[0], 0);
    dup2(from_child[1], 1);
    close(to_child[1]);
    close(from_child[0]);
    std::vector<char*> args;
    for (auto& arg : argv) args.push_back(arg.data());
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  input_ = to_child[1];
  const std::string ready = first_line(from_child[0]);
  close(from_child[0]);
  if (!ready.starts_with("port ")) {
    throw std::runtime_error("registry_server.py did not start: '" + ready + "'");
  }
  port_ = std::stoi(ready.substr(5));
}

RegistryServer::~RegistryServer() {
  if (input_ >= 0) close(input_);
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
}

std::string RegistryServer::url() const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/";
}

}  // namespace konform::test
