#include "validator/pdf/html_to_pdf.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>
#include <vector>

#include "validator/core/config_error.h"
#include "validator/core/scratch_folder.h"

extern char** environ;

namespace konform::pdf {
namespace fs = std::filesystem;
namespace {

/// The first `chromium` on PATH; empty when there is none.
fs::path find_chromium() {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path == nullptr ? "" : path);
  for (std::string folder; std::getline(folders, folder, ':');) {
    if (folder.empty()) continue;
    const fs::path candidate = fs::path(folder) / "chromium";
    if (access(candidate.c_str(), X_OK) == 0 && fs::is_regular_file(candidate)) return candidate;
  }
  return {};
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The last lines of Chromium's standard error, for the error message.
std::string tail(const std::string& text, std::size_t bytes = 600) {
  return text.size() <= bytes ? text : "\u2026" + text.substr(text.size() - bytes);
}

std::vector<std::string> chromium_arguments(const fs::path& chromium, const fs::path& folder) {
  std::vector<std::string> argv = {
      chromium.string(), "--headless", "--disable-gpu",
      "--no-pdf-header-footer",  // the page's own footer (@page margin boxes) says what counts
      "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
      "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
      "--disable-domain-reliability", "--disable-quic",
      // No name resolves and no proxy is asked: nothing leaves the machine even if a page asked.
      "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
      "--user-data-dir=" + (folder / "profile").string(),
      "--print-to-pdf=" + (folder / "page.pdf").string(),
      "file://" + (folder / "page.html").string()};
  // Chromium refuses to start as root with its sandbox (containers, CI); the page is konform's own.
  if (geteuid() == 0) argv.insert(argv.begin() + 1, "--no-sandbox");
  return argv;
}

/// Runs argv with standard output and error in `log`; true when it exited 0 within `timeout`.
bool run(const std::vector<std::string>& argv, const fs::path& log, std::chrono::seconds timeout,
         bool& timed_out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // Its own process group, so a timeout ends Chromium's helper processes too.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      posix_spawn(&pid, argv[0].c_str(), &actions, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) return false;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      timed_out = true;
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

std::string html_to_pdf(std::string_view html, const PrintOptions& options) {
  const fs::path chromium = find_chromium();
  if (chromium.empty()) {
    throw ConfigError(
        "--format pdf needs Chromium, and no 'chromium' is on PATH: install Debian's package "
        "chromium (apt-get install chromium), or write --format html and print that page")
        .with_german(
            "--format pdf braucht Chromium, und auf PATH ist kein 'chromium': das Debian-Paket "
            "chromium installieren (apt-get install chromium) oder --format html schreiben und "
            "diese Seite drucken");
  }
  // A private folder for the page, the PDF and Chromium's profile; removed when done.
  const ScratchFolder folder("konform-pdf-");
  {
    std::ofstream page(folder.path() / "page.html", std::ios::binary);
    page << html;
    if (!page.flush()) {
      throw ConfigError("cannot write the page to print", (folder.path() / "page.html").string());
    }
  }
  const fs::path log = folder.path() / "chromium.log";
  bool timed_out = false;
  const bool ok = run(chromium_arguments(chromium, folder.path()), log, options.timeout, timed_out);
  const fs::path pdf = folder.path() / "page.pdf";
  if (timed_out) {
    throw ConfigError("Chromium did not print the PDF within " +
                      std::to_string(options.timeout.count()) + " s")
        .with_german("Chromium hat das PDF nicht innerhalb von " +
                     std::to_string(options.timeout.count()) + " s gedruckt");
  }
  std::string bytes = fs::is_regular_file(pdf) ? read_file(pdf) : std::string();
  if (!ok || bytes.rfind("%PDF-", 0) != 0) {
    const std::string said = tail(read_file(log));
    throw ConfigError(chromium.string() + " printed no PDF; it said: " + said)
        .with_german(chromium.string() + " hat kein PDF gedruckt; Ausgabe: " + said);
  }
  return bytes;
}

}  // namespace konform::pdf
