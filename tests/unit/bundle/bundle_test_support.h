// Shared by the bundle tests: a copy of a small profile to pack, and the refusal an action meets.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "validator/core/config_error.h"

namespace konform::test {

/// A fresh copy of tests/e2e/data/auftrag-profile (test.auftrag 1.2.0) under the build folder,
/// its manifest's version changed to `version`.
std::filesystem::path copy_of_small_profile(const std::string& name,
                                            const std::string& version = "1.2.0");

std::string file_bytes(const std::filesystem::path& file);

/// Every path below `dir`, sorted: what a refused install must leave as it was.
std::vector<std::string> listing(const std::filesystem::path& dir);

/// The ConfigError `action` throws, located; empty when it throws none.
template <typename Action>
std::string config_error_of(Action&& action) {
  try {
    action();
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

}  // namespace konform::test
