// The check tests' profile: the shipped example with its chain, parents first (it adds rules to a
// document type de.bund defines), and its two samples.
#pragma once

#include <filesystem>

#include "tests/support/test_paths.h"
#include "validator/compile/compiled_profile.h"
#include "validator/profile/manifest_loader.h"

namespace konform::test {

inline const std::filesystem::path kExample = "profiles/de/sn/musterstadt";

inline CompiledProfile example_profile() {
  const std::filesystem::path profiles = source_dir() / "profiles";
  return compile_profiles({load_profile(profiles / "de/bund"), load_profile(profiles / "de/sn"),
                           load_profile(source_dir() / kExample)});
}

}  // namespace konform::test
