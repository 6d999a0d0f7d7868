#include "validator/profiletest/comparison.h"

#include <functional>

#include "validator/core/lookup_table.h"

namespace konform::profiletest {
namespace {

bool accepts(const ExpectedFinding& expected, const Finding& actual) {
  return expected.rule == actual.rule_id &&
         (expected.line == 0 || expected.line == actual.location.line) &&
         (!expected.severity || *expected.severity == actual.severity);
}

std::string describe(const ExpectedFinding& expected) {
  std::string text = expected.rule;
  if (expected.line > 0) text += " at line " + std::to_string(expected.line);
  if (expected.severity) text += " (" + std::string(to_string(*expected.severity)) + ")";
  return text;
}

std::string describe(const Finding& actual) {
  std::string text = actual.rule_id + " (" + std::string(to_string(actual.severity)) + ")";
  if (actual.location.line > 0) text += " at line " + std::to_string(actual.location.line);
  return text + ": " + actual.message;
}

/// Maximum matching between expected and actual findings (Kuhn's augmenting paths): a greedy
/// pass could let a loose expectation (rule only) take the finding a precise one needs.
std::vector<int> match(const std::vector<ExpectedFinding>& expected,
                       const std::vector<const Finding*>& actual) {
  std::vector<int> owner(actual.size(), -1);  // actual index -> expected index
  for (std::size_t e = 0; e < expected.size(); ++e) {
    std::vector<bool> visited(actual.size(), false);
    std::function<bool(std::size_t)> augment = [&](std::size_t from) {
      for (std::size_t a = 0; a < actual.size(); ++a) {
        if (visited[a] || !accepts(expected[from], *actual[a])) continue;
        visited[a] = true;
        if (owner[a] < 0 || augment(static_cast<std::size_t>(owner[a]))) {
          owner[a] = static_cast<int>(from);
          return true;
        }
      }
      return false;
    };
    augment(e);
  }
  return owner;
}

}  // namespace

std::string_view verdict_word(Verdict verdict) {
  static constexpr LookupTable<Verdict, std::string_view, 3> kWords{{
      {Verdict::kConformant, "passed"},
      {Verdict::kNotConformant, "failed"},
      {Verdict::kIncomplete, "incomplete"},
  }};
  return lookup(kWords, verdict).value_or("incomplete");
}

std::vector<std::string> compare(const Expectation& expected, const InputResult& actual) {
  std::vector<std::string> differences;
  if (!expected.verdict.empty() && expected.verdict != verdict_word(actual.verdict)) {
    differences.push_back("verdict is " + std::string(verdict_word(actual.verdict)) +
                          ", expected " + expected.verdict);
  }
  std::vector<const Finding*> compared;
  for (const auto& finding : actual.findings) {
    if (finding.severity != Severity::kInfo || expected.include_info) compared.push_back(&finding);
  }
  const std::vector<int> owner = match(expected.findings, compared);
  std::vector<bool> found(expected.findings.size(), false);
  for (int e : owner) {
    if (e >= 0) found[static_cast<std::size_t>(e)] = true;
  }
  for (std::size_t e = 0; e < expected.findings.size(); ++e) {
    if (!found[e])
      differences.push_back("missing expected finding " + describe(expected.findings[e]));
  }
  for (std::size_t a = 0; a < compared.size(); ++a) {
    if (owner[a] < 0) differences.push_back("unexpected finding " + describe(*compared[a]));
  }
  return differences;
}

}  // namespace konform::profiletest
