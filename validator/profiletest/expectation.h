// What checking one profile test sample must yield: the sample's expectation file X.expect.xml
// (namespace urn:konform:profile-test:1, schema xsd/profile-test-1.xsd, compiled into the binary).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "validator/core/severity.h"

namespace konform::profiletest {

/// The suffix appended to a sample's file name to name its expectation file.
inline constexpr std::string_view kExpectSuffix = ".expect.xml";

/// One expected finding; line and severity, when absent, match any.
struct ExpectedFinding {
  std::string rule;
  int line = 0;  ///< 0: any line
  std::optional<Severity> severity;
};

struct Expectation {
  std::filesystem::path file;
  std::string verdict;  ///< passed | failed | incomplete; empty: not compared
  std::string as_of;    ///< YYYY-MM-DD; empty: the run's date
  bool include_info = false;
  std::vector<ExpectedFinding> findings;
};

/// Reads and validates an expectation file. Throws ConfigError (file, line) when it cannot be
/// read or is not valid against the profile-test schema.
Expectation load_expectation(const std::filesystem::path& file);

/// The expectation file of a sample: the sample's file name with ".expect.xml" appended
/// (tests/a/foo.xml expects tests/a/foo.xml.expect.xml).
std::filesystem::path expectation_path(const std::filesystem::path& sample);

}  // namespace konform::profiletest
