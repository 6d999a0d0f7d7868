// System-call evidence for "no network, no reads outside": konform runs under
// `strace -f -e trace=connect,socket,open,openat,openat2` on the nastiest inputs at once (an
// external entity naming a secret file, a remote schema hint, a remote external DTD, an XInclude
// of the secret) and the trace must show no AF_INET/AF_INET6 socket or connect, no mention of the
// secret file, no open of a path outside the allowed set below, and no libcurl loaded.
//
// strace is a test dependency (Debian package `strace`, installed by ci/setup.sh); the test fails,
// never skips, when it is missing.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <sstream>

#include "tests/security/loopback_server.h"
#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

constexpr const char* kStrace = "/usr/bin/strace";

/// Folders and files konform may open besides its inputs and the profile search path, as observed
/// on clean runs (Debian 12, x86_64), and why each is needed. An entry allows itself and, when it
/// is a folder, everything below it. Not allowed, for example: /etc/passwd, /tmp, /root, the
/// output folder holding the secret, /usr/share/xml (system XML catalogs: konform uses only the
/// catalogs the profile names).
const std::vector<std::string> kSystemPrefixes = {
    "/etc/ld.so.cache", "/etc/ld.so.preload",    // the dynamic loader finding shared libraries
    "/lib", "/lib64", "/usr/lib", "/usr/lib64",  // shared libraries (Xerces, libxml2, ICU,
                                                 // OpenSSL + its /usr/lib/ssl/openssl.cnf),
                                                 // glibc's locale archive and gconv modules
    "/usr/share/locale",                         // message catalogs, if a locale is set
    "/etc/localtime", "/usr/share/zoneinfo",     // today's date in local time (--as-of)
    "/sys/devices/system/cpu",                   // std::thread::hardware_concurrency (--jobs)
    "/proc/self", "/dev",                        // /dev/null, /dev/urandom, own status
    "/proc/sys/vm/overcommit_memory",            // glibc malloc, once a second thread runs;
                                                 // jemalloc at start-up (KONFORM_JEMALLOC)
    "/sys/kernel/mm/transparent_hugepage",       // jemalloc at start-up (enabled: THP mode)
};

/// True when `path` is one of `allowed` or lies below one of them (whole path components).
bool is_allowed(const std::string& path, const std::vector<std::string>& allowed) {
  for (const auto& entry : allowed) {
    if (path == entry || path.starts_with(entry + "/")) return true;
  }
  return false;
}

/// The absolute path an open/openat line of `strace -y` names, or "" for other lines. With -y,
/// a directory descriptor argument is printed with its path: `openat(5</a/b>, "c", ...)`;
/// relative names with AT_FDCWD are relative to `cwd`.
std::string opened_path(const std::string& line, const fs::path& cwd) {
  auto call = line.find("open");
  if (call == std::string::npos) return "";
  auto paren = line.find('(', call);
  auto open_quote = line.find('"', call);
  if (paren == std::string::npos || open_quote == std::string::npos) return "";
  auto close_quote = line.find('"', open_quote + 1);
  if (close_quote == std::string::npos) return "";
  fs::path name = line.substr(open_quote + 1, close_quote - open_quote - 1);
  fs::path base = cwd;
  auto fd_open = line.find('<', paren);
  if (fd_open != std::string::npos && fd_open < open_quote) {  // openat(N</dir>, "name", ...)
    auto fd_close = line.find('>', fd_open);
    base = line.substr(fd_open + 1, fd_close - fd_open - 1);
  }
  return (name.is_absolute() ? name : base / name).lexically_normal().string();
}

/// konform's compiled-profile cache, which it reads and writes like its profile: the folder
/// validator/cache chooses ($XDG_CACHE_HOME/konform, else $HOME/.cache/konform). The tests set
/// XDG_CACHE_HOME to a folder in the build tree (tests/CMakeLists.txt).
fs::path compiled_profile_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0')
    return (fs::path(xdg) / "konform").lexically_normal();
  const char* home = std::getenv("HOME");
  return (fs::path(home != nullptr ? home : "/") / ".cache" / "konform").lexically_normal();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(syscall_trace)

BOOST_AUTO_TEST_CASE(no_network_and_no_reads_outside_inputs_and_profile) {
  BOOST_REQUIRE_MESSAGE(fs::exists(kStrace),
                        "strace is missing: apt-get install -y strace (ci/setup.sh installs it)");
  LoopbackServer server;
  const fs::path dir = output_dir("security/syscall-trace");
  const std::string token = random_token();
  const fs::path secret = make_secret(dir, token);
  const std::map<std::string, std::string> values = {{"@SECRET@", secret.string()},
                                                     {"@BASE@", server.base_url()}};
  std::vector<fs::path> inputs;
  for (const char* fixture : {"xxe-local-file.xml", "schema-location-remote.xml",
                              "external-dtd-remote.xml", "xinclude.xml"}) {
    inputs.push_back(fs::absolute(instantiate(fixture, dir / "inputs", values)));
  }
  const fs::path trace = dir / "strace.txt";
  std::vector<std::string> argv = {kStrace,
                                   "-f",
                                   "-y",
                                   "-e",
                                   "trace=connect,socket,open,openat,openat2",
                                   "-o",
                                   trace.string(),
                                   konform_binary().string(),
                                   "validate",
                                   "--profile",
                                   example_profile().string(),
                                   "--format",
                                   "json"};
  for (const auto& input : inputs) argv.push_back(input.string());
  RunResult result = run(argv, dir);
  BOOST_TEST(result.exit_code == 1, describe(result));
  BOOST_TEST(result.out.find(token) == std::string::npos);
  BOOST_TEST(result.err.find(token) == std::string::npos);
  BOOST_TEST(server.connections() == 0);

  // Allowed: the inputs themselves, the shipped profiles folder (the profile search path: the
  // profile's parents in its <extends> chain are found there by id), system files.
  std::vector<std::string> allowed = kSystemPrefixes;
  for (const auto& input : inputs) allowed.push_back(input.lexically_normal().string());
  allowed.push_back((source_dir() / "profiles").lexically_normal().string());
  allowed.push_back(fs::canonical(source_dir() / "profiles").string());
  allowed.push_back(compiled_profile_cache_dir().string());

  std::istringstream lines(read_text(trace));
  std::string line;
  int opens = 0;
  while (std::getline(lines, line)) {
    BOOST_TEST(line.find(secret.string()) == std::string::npos,
               "the secret file was named in a system call: " << line);
    const bool inet = line.find("AF_INET") != std::string::npos;  // also matches AF_INET6
    if (line.find("connect(") != std::string::npos || line.find("socket(") != std::string::npos)
      BOOST_TEST(!inet, "network system call: " << line);
    const std::string path = opened_path(line, dir);
    if (path.empty()) continue;
    ++opens;
    // The registry commands dlopen libcurl (validator/net); validate must not even load it.
    BOOST_TEST(path.find("libcurl") == std::string::npos, "loaded a network client: " << line);
    BOOST_TEST(is_allowed(path, allowed),
               "opened " << path << ", outside the allowed set: " << line);
  }
  BOOST_TEST(opens > 0, "the trace recorded no open at all; is strace working? " << trace);
}

BOOST_AUTO_TEST_SUITE_END()
