#include "tests/security/security_support.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"

namespace konform::test::security {
namespace fs = std::filesystem;

fs::path cases_dir() { return source_dir() / "tests/security/cases"; }

fs::path example_profile() { return source_dir() / "profiles/de/sn/musterstadt"; }

std::string conformant_message() {
  return read_text(example_profile() / "tests/gewerbe-anmeldung-konform.xml");
}

std::string profile_root_open() {
  return "<xdg:gewerbe.anmeldung.0100 "
         "xmlns:xdg=\"urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0\">";
}

std::string profile_root_close() { return "</xdg:gewerbe.anmeldung.0100>"; }

fs::path instantiate(const std::string& name, const fs::path& dir,
                     const std::map<std::string, std::string>& values) {
  std::string text = read_text(cases_dir() / name);
  for (const auto& [key, value] : values) {
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  }
  fs::path copy = dir / fs::path(name).filename();
  write_text(copy, text);
  return copy;
}

std::string random_token() {
  std::random_device device;
  std::ostringstream token;
  token << std::hex;
  for (int i = 0; i < 4; ++i) token << device();
  return "SECRET-" + token.str();
}

fs::path make_secret(const fs::path& dir, const std::string& token) {
  fs::path secret = fs::absolute(dir / "secret.txt");
  write_text(secret, token + "\n");
  return secret;
}

RunResult konform_run(const std::vector<std::string>& arguments, const fs::path& working_dir,
                      std::chrono::milliseconds timeout) {
  std::vector<std::string> argv{konform_binary().string()};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return run(argv, working_dir, timeout);
}

RunResult validate_json(const std::vector<std::string>& inputs, const fs::path& working_dir,
                        std::chrono::milliseconds timeout) {
  std::vector<std::string> arguments{"validate", "--profile", example_profile().string(),
                                     "--format", "json"};
  arguments.insert(arguments.end(), inputs.begin(), inputs.end());
  return konform_run(arguments, working_dir, timeout);
}

nlohmann::json parse_report(const std::string& text) {
  auto report = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  BOOST_TEST(!report.is_discarded(), "the report is not JSON: " << text.substr(0, 400));
  return report.is_discarded() ? nlohmann::json() : report;
}

nlohmann::json input_entry(const nlohmann::json& report, const std::string& file_name) {
  if (!report.contains("inputs")) return nullptr;
  for (const auto& entry : report["inputs"]) {
    const std::string path = entry.value("path", "");
    if (path.size() >= file_name.size() &&
        path.compare(path.size() - file_name.size(), file_name.size(), file_name) == 0)
      return entry;
  }
  return nullptr;
}

bool has_located_finding(const nlohmann::json& entry, const std::string& rule_id) {
  if (!entry.is_object() || !entry.contains("findings")) return false;
  for (const auto& finding : entry["findings"]) {
    if (finding.value("ruleId", "") == rule_id && finding.contains("location") &&
        finding["location"].value("line", 0) >= 1)
      return true;
  }
  return false;
}

std::string rule_ids(const nlohmann::json& entry) {
  std::string ids;
  if (!entry.is_object() || !entry.contains("findings")) return "(no findings)";
  for (const auto& finding : entry["findings"]) {
    ids += finding.value("ruleId", "?") + "@" +
           std::to_string(finding["location"].value("line", 0)) + " ";
  }
  return ids.empty() ? "(no findings)" : ids;
}

bool claims_conformant(const std::string& output) {
  // JSON: "verdict": "conformant" (on the run or an input); text: the summary's "— conformant".
  return output.find("\"verdict\": \"conformant\"") != std::string::npos ||
         output.find("\xE2\x80\x94 conformant") != std::string::npos;
}

RunResult expect_message_finding(const fs::path& message, const std::string& rule_id) {
  RunResult result = validate_json({message.string()});
  BOOST_TEST((result.timed_out || result.signal == 0),
             "konform was killed by signal " << result.signal << " on " << message);
  BOOST_TEST(!result.timed_out, "konform timed out on " << message);
  BOOST_TEST(within_budget(result),
             "konform exceeded the budget on " << message << ": " << describe(result));
  BOOST_TEST(result.exit_code == 1, message << ": " << describe(result));
  auto report = parse_report(result.out);
  BOOST_TEST(report.value("verdict", "") == "not-conformant", message);
  BOOST_TEST(!claims_conformant(result.out), message);
  auto entry = input_entry(report, message.filename().string());
  BOOST_TEST(entry.is_object(), message << " is missing from the report");
  BOOST_TEST(has_located_finding(entry, rule_id),
             message << ": expected a located " << rule_id << ", got " << rule_ids(entry));
  return result;
}

}  // namespace konform::test::security
