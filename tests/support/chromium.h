// Headless Chromium for tests (/usr/bin/chromium, Debian package chromium, installed by
// ci/setup.sh): a page from a file, a fresh profile folder, networking off, console logging on
// standard error, bounded to 60 s. Fails the test (never skips) when Chromium is missing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/process.h"

namespace konform::test {

/// Runs Chromium with `action` (e.g. {"--dump-dom"}) on `page`; the profile folder and the
/// standard error log are `dir`/profile-<name> and `dir`/<name>.stderr.log.
ProcessResult run_chromium(const std::filesystem::path& dir, const std::string& name,
                           const std::vector<std::string>& action,
                           const std::filesystem::path& page);

}  // namespace konform::test
