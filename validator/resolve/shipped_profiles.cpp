#include "validator/resolve/shipped_profiles.h"

#include <dlfcn.h>
#include <sys/auxv.h>

#include <string_view>
#include <system_error>

namespace konform {
namespace fs = std::filesystem;
namespace {

/// The executable: /proc/self/exe, else (a chroot or container without /proc) the path it was
/// started with, which a shell has already looked up on PATH.
fs::path running_executable() {
  std::error_code error;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) return executable;
  const auto* started_as = reinterpret_cast<const char*>(getauxval(AT_EXECFN));
  if (started_as == nullptr) return {};
  return fs::absolute(started_as, error);
}

/// The file this code was loaded from: libkonform.so when linked as the shared library, else the
/// executable (dladdr names the main program only as it was started).
fs::path running_module() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&running_module), &info) != 0 && info.dli_fname != nullptr &&
      std::string_view(info.dli_fname).find(".so") != std::string_view::npos) {
    std::error_code error;
    return fs::canonical(info.dli_fname, error);
  }
  return running_executable();
}

}  // namespace

std::optional<fs::path> shipped_profiles_dir() {
  const fs::path module = running_module();
  if (module.empty()) return std::nullopt;
  // The build tree keeps binaries in its root or one or two folders down; an install keeps them
  // in bin/ or lib/ (one below the prefix) or lib/<multiarch>/ (two below).
  fs::path prefix = module.parent_path();
  for (int up = 0; up < 3; ++up, prefix = prefix.parent_path()) {
    fs::path candidate = prefix / "share" / "konform" / "profiles";
    std::error_code error;
    // Named by its real path: the build tree's link then names the source's profiles/.
    if (fs::is_directory(candidate, error)) return fs::canonical(candidate, error);
  }
  return std::nullopt;
}

}  // namespace konform
