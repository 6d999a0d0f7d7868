// Shared pieces of the hostile-input suite: where the fixtures and the example profile are, how
// fixtures are instantiated (placeholders such as @SECRET@ and @BASE@ replaced by per-run values),
// how konform is run, and the assertions every case makes on its report.
//
// Contract of every hostile case: konform ends by itself (no signal, no timeout) within
// kMaxSeconds, gives the expected exit code and never calls a hostile input "conformant".
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tests/security/process_runner.h"
#include "tests/support/files.h"

namespace konform::test::security {

/// CPU-time budget of one konform run on one hostile input (the brief's limit). CPU time, not
/// wall time, so that a loaded CI machine (two cores, parallel tests) does not fail a run that
/// did no more work; a run that waits instead of working is caught by the idle budget below.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || !defined(NDEBUG)
// Sanitizer and unoptimised (Debug) builds run several times slower; the budget is about the
// optimised builds that users run (the release preset, which CI tests).
inline constexpr double kMaxSeconds = 8.0;
#else
inline constexpr double kMaxSeconds = 2.0;
#endif
/// Idle-time budget: how long a run may wait with no thread running or runnable (blocked on a
/// socket, a pipe, a timer). Not wall time: under a load of 20 a run of 0.96 s CPU took 9.6 s wall
/// waiting for a CPU, which is the machine's doing, not konform's (RunResult::idle_seconds).
inline constexpr double kMaxIdleSeconds = 2 * kMaxSeconds;

/// Whether `result` stayed within the CPU and the idle budget.
inline bool within_budget(const RunResult& result) {
  return result.cpu_seconds < kMaxSeconds && result.idle_seconds < kMaxIdleSeconds;
}

/// Peak memory budget of one konform run on one hostile input (the brief's limit), checked where
/// the process's own footprint is meaningful: not under sanitizers (shadow memory, quarantine).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr long kMaxRssKib = 0;  // not checked
#else
inline constexpr long kMaxRssKib = 512 * 1024;
#endif

/// The fixture folder tests/security/cases/.
std::filesystem::path cases_dir();
/// The shipped example profile folder (profiles/de/sn/musterstadt).
std::filesystem::path example_profile();
/// The example profile's conformant message, as text.
std::string conformant_message();
/// The root start tag of the example profile's document type, with its namespace declarations.
std::string profile_root_open();
/// The matching end tag.
std::string profile_root_close();

/// Copies cases/<name> into `dir`, replacing each key of `values` by its value; returns the copy.
std::filesystem::path instantiate(const std::string& name, const std::filesystem::path& dir,
                                  const std::map<std::string, std::string>& values = {});

/// 32 hex digits from std::random_device: a token no input or output could contain by chance.
std::string random_token();
/// Writes a file holding `token` into `dir` and returns its absolute path.
std::filesystem::path make_secret(const std::filesystem::path& dir, const std::string& token);

/// Runs the built konform with `arguments` in `working_dir`.
RunResult konform_run(const std::vector<std::string>& arguments,
                      const std::filesystem::path& working_dir = {},
                      std::chrono::milliseconds timeout = std::chrono::seconds(30));
/// `konform validate --profile <example> --format json <inputs...>`.
RunResult validate_json(const std::vector<std::string>& inputs,
                        const std::filesystem::path& working_dir = {},
                        std::chrono::milliseconds timeout = std::chrono::seconds(30));

/// Parses a JSON report; fails the test (and returns null) when it is not JSON.
nlohmann::json parse_report(const std::string& text);
/// The report's entry for the input whose path ends with `file_name`, or null.
nlohmann::json input_entry(const nlohmann::json& report, const std::string& file_name);
/// True when `entry` (one input) has a finding of `rule_id` with a line number >= 1.
bool has_located_finding(const nlohmann::json& entry, const std::string& rule_id);
/// The rule ids of an input's findings, for failure messages.
std::string rule_ids(const nlohmann::json& entry);

/// True when a text or JSON report calls the run (or any input) conformant.
bool claims_conformant(const std::string& output);

/// Runs one hostile message through the example profile and checks the common contract: ended
/// by itself within kMaxSeconds, exit 1, verdict not-conformant, a located finding of `rule_id`.
/// Returns the run for further checks.
RunResult expect_message_finding(const std::filesystem::path& message, const std::string& rule_id);

}  // namespace konform::test::security
