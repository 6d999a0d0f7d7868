// One fuzz target = one function over a byte buffer, declared with KONFORM_FUZZ_TARGET(name).
// Built with -DKONFORM_LIBFUZZER (the `fuzz` preset, clang-14) the macro also defines libFuzzer's
// entry point LLVMFuzzerTestOneInput, one target per executable <name>_fuzzer. Built without it
// (the normal GCC build) the target registers itself by name, so the `fuzz_regressions` unit test
// links every target into one executable and replays tests/fuzz/regressions/<name>/ through the
// very code the fuzzer ran. A target returns 0 and may throw only for what it considers a bug:
// each target catches exactly the errors its engine API documents for bad input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace konform::fuzz {

using TargetFunction = int (*)(const std::uint8_t* data, std::size_t size);

/// Every target linked into this executable, by name (filled only without KONFORM_LIBFUZZER).
inline std::map<std::string, TargetFunction>& registry() {
  static std::map<std::string, TargetFunction> targets;
  return targets;
}

struct Registration {
  Registration(const char* name, TargetFunction function) { registry()[name] = function; }
};

/// The bytes as text (the engine APIs take string_view).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// A private scratch folder for targets whose API reads files (removed at exit).
std::filesystem::path scratch_dir();

}  // namespace konform::fuzz

#ifdef KONFORM_LIBFUZZER
#define KONFORM_FUZZ_ENTRY(name)                                                      \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    return konform_fuzz_##name(data, size);                                           \
  }
#else
#define KONFORM_FUZZ_ENTRY(name)                                                   \
  static const konform::fuzz::Registration konform_fuzz_registration_##name(#name, \
                                                                            &konform_fuzz_##name);
#endif

/// Declares the target `name`; the function body follows the macro.
#define KONFORM_FUZZ_TARGET(name)                                             \
  static int konform_fuzz_##name(const std::uint8_t* data, std::size_t size); \
  KONFORM_FUZZ_ENTRY(name)                                                    \
  static int konform_fuzz_##name(const std::uint8_t* data, std::size_t size)
