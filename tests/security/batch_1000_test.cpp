// The batch of issue #9's "Done when": 1,000 inputs, 100 of them broken in ten kinds, checked in
// one run with --jobs 2. Every input gets its own result, in input order, with the verdict and
// rule its kind calls for; the 900 good ones stay conformant; the exit code is 3 because some
// inputs could not be checked (unreadable, too large), which a run with only definite failures
// would report as 1.
#include <boost/test/unit_test.hpp>

#include <iomanip>
#include <random>
#include <sstream>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

constexpr int kInputs = 1000;
/// --max-input-size of the run: every other input is far smaller, the "too large" ones bigger.
constexpr std::size_t kMaxInputSize = 16 * 1024;

std::string four_digit_name(int n) {
  std::ostringstream name;
  name << "msg-" << std::setw(4) << std::setfill('0') << n << ".xml";
  return name.str();
}

struct BrokenKind {
  std::string name;
  std::string verdict;  // "not-conformant" or "incomplete"
  std::string rule;
};

/// The ten kinds, in the order of `kind_of`.
const std::vector<BrokenKind>& kinds() {
  static const std::vector<BrokenKind> all = {
      {"not well-formed", "not-conformant", "xml-wellformed"},
      {"truncated", "not-conformant", "xml-wellformed"},
      {"invalid UTF-8", "not-conformant", "xml-wellformed"},
      {"DOCTYPE", "not-conformant", "xml-doctype-forbidden"},
      {"binary garbage", "not-conformant", "xml-wellformed"},
      {"empty file", "not-conformant", "xml-wellformed"},
      {"dangling symlink", "incomplete", "input-unreadable"},
      {"too large", "incomplete", "input-too-large"},
      {"schema-invalid", "not-conformant", "xsd-valid"},
      {"unmatched root", "not-conformant", "document-type-unmatched"},
  };
  return all;
}

/// Inputs 7, 17, 27, ... are broken (every tenth, 100 in all), the kinds taking turns.
std::optional<std::size_t> kind_of(int n) {
  if (n % 10 != 7) return std::nullopt;
  return static_cast<std::size_t>(n / 10) % kinds().size();
}

std::string garbage(int seed) {
  std::mt19937 random(static_cast<std::mt19937::result_type>(seed));
  std::string bytes(512, '\0');
  for (auto& byte : bytes) byte = static_cast<char>(random() % 256);
  bytes[0] = '\x9f';  // no BOM, no '<': never mistaken for a document start
  return bytes;
}

void write_broken(const fs::path& file, std::size_t kind, int n) {
  const std::string good = conformant_message();
  switch (kind) {
    case 0: {  // an end tag that does not match
      std::string text = good;
      text.replace(text.find("</xdg:betrieb>"), 14, "</xdg:betriebX>");
      write_text(file, text);
      break;
    }
    case 1:
      write_text(file, good.substr(0, good.size() / 2));
      break;
    case 2:
      write_text(file, read_text(cases_dir() / "invalid-utf8.xml"));
      break;
    case 3:
      write_text(file, read_text(cases_dir() / "doctype-internal-only.xml"));
      break;
    case 4:
      write_text(file, garbage(n));
      break;
    case 5:
      write_text(file, "");
      break;
    case 6:
      fs::create_symlink(file.parent_path() / ("missing-" + file.filename().string()), file);
      break;
    case 7: {  // a conformant message padded past the size limit with a comment
      std::string text = good;
      text += "<!-- " + std::string(kMaxInputSize, 'p') + " -->\n";
      write_text(file, text);
      break;
    }
    case 8:
      write_text(file, read_text(example_profile() / "tests/gewerbe-anmeldung-fehlerhaft.xml"));
      break;
    case 9:
      write_text(file, "<unknown-root xmlns=\"urn:example:unknown\"/>\n");
      break;
  }
}

bool has_rule(const nlohmann::json& entry, const std::string& rule_id) {
  for (const auto& finding : entry["findings"]) {
    if (finding.value("ruleId", "") == rule_id) return true;
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_1000)

BOOST_AUTO_TEST_CASE(thousand_inputs_hundred_broken_in_ten_kinds_each_get_their_verdict) {
  const fs::path dir = output_dir("security/batch-1000");
  const fs::path inputs = dir / "inputs";
  fs::create_directories(inputs);
  const std::string good = conformant_message();
  for (int n = 1; n <= kInputs; ++n) {
    const auto kind = kind_of(n);
    if (kind) {
      write_broken(inputs / four_digit_name(n), *kind, n);
    } else {
      write_text(inputs / four_digit_name(n), good);
    }
  }
  RunResult result = konform_run(
      {"validate", "--profile", example_profile().string(), "--jobs", "2", "--max-input-size",
       std::to_string(kMaxInputSize), "--format", "json", inputs.string()},
      {}, std::chrono::seconds(300));
  BOOST_TEST(result.signal == 0, describe(result));
  BOOST_TEST(result.exit_code == 3, describe(result));
  auto report = parse_report(result.out);
  BOOST_TEST(report.value("verdict", "") == "incomplete");
  BOOST_TEST_REQUIRE(report["inputs"].size() == static_cast<std::size_t>(kInputs));
  std::map<std::string, int> broken_right;
  int good_right = 0;
  for (int n = 1; n <= kInputs; ++n) {
    const nlohmann::json& entry = report["inputs"][static_cast<std::size_t>(n - 1)];
    const std::string path = entry.value("path", "");
    BOOST_TEST_CONTEXT(four_digit_name(n)) {
      // In order: the n-th result is the n-th file.
      BOOST_TEST_REQUIRE(path.ends_with(four_digit_name(n)), "result " << n << " is " << path);
      const auto kind = kind_of(n);
      const std::string verdict = entry.value("verdict", "");
      if (!kind) {
        BOOST_TEST(verdict == "conformant", rule_ids(entry));
        good_right += verdict == "conformant";
        continue;
      }
      const BrokenKind& expected = kinds()[*kind];
      BOOST_TEST(verdict == expected.verdict, expected.name << ": " << rule_ids(entry));
      BOOST_TEST(has_rule(entry, expected.rule),
                 expected.name << ": expected " << expected.rule << ", got " << rule_ids(entry));
      if (verdict == expected.verdict && has_rule(entry, expected.rule))
        ++broken_right[expected.name];
    }
  }
  BOOST_TEST(good_right == 900);
  for (const auto& kind : kinds()) BOOST_TEST(broken_right[kind.name] == 10, kind.name);
  const auto& summary = report["summary"];
  BOOST_TEST(summary.value("inputs", 0) == kInputs);
}

BOOST_AUTO_TEST_SUITE_END()
