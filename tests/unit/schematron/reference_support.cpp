#include "tests/unit/schematron/reference_support.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <tuple>

#include "tests/support/test_paths.h"
#include "validator/schematron/instance_loader.h"
#include "validator/schematron/runner.h"

namespace fs = std::filesystem;

namespace konform::schematron::test {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // id, flag, location
using Multiset = std::map<Key, int>;

std::string describe(const Multiset& m) {
  std::string out;
  for (const auto& [key, count] : m) {
    const auto& [id, flag, location] = key;
    out += "\n      " + id + " (" + flag + ") @ " + location +
           (count > 1 ? " x" + std::to_string(count) : "");
  }
  return out;
}

std::string string_or_empty(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

// The reference engine could not run the instance: nothing to compare with.
bool engine_failed(const nlohmann::json& reference) {
  return reference.contains("error") && !reference["error"].is_null();
}

// What `a` holds more often than `b`.
Multiset surplus(const Multiset& a, const Multiset& b) {
  Multiset out;
  for (const auto& [k, n] : a) {
    auto it = b.find(k);
    int d = n - (it == b.end() ? 0 : it->second);
    if (d > 0) out[k] = d;
  }
  return out;
}

}  // namespace

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

std::vector<ReferenceCase> reference_cases(const std::string& sch) {
  std::vector<ReferenceCase> cases;
  fs::path root = konform::test::corpus_dir() / "reference";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (!j.is_object() || string_or_empty(j, "schematron") != sch) continue;
    cases.push_back({entry.path(), std::move(j)});
  }
  std::sort(cases.begin(), cases.end(), [](const ReferenceCase& a, const ReferenceCase& b) {
    return a.json_file < b.json_file;
  });
  return cases;
}

std::shared_ptr<const Schema> compile_corpus_schema(const std::string& sch, double* ms) {
  fs::path corpus = konform::test::corpus_dir();
  CompileOptions options;
  options.root = corpus / fs::path(sch).begin()->string();  // e.g. corpus/xrechnung
  options.name = sch;
  auto start = std::chrono::steady_clock::now();
  auto schema = compile_schema(corpus / sch, options);
  if (ms != nullptr) *ms = ms_since(start);
  return schema;
}

Agreement compare_with_reference(const std::string& run_sch, const std::string& reference_sch) {
  Agreement agreement;
  std::vector<ReferenceCase> cases = reference_cases(reference_sch);
  std::ostringstream details;
  if (cases.empty()) details << "  no reference files for " << reference_sch << "\n";
  std::shared_ptr<const Schema> schema;
  try {
    schema = compile_corpus_schema(run_sch);
  } catch (const SchemaError& e) {
    for (const ReferenceCase& c : cases) {
      ++(engine_failed(c.reference) ? agreement.skipped : agreement.instances);
    }
    agreement.details = "  compiling " + run_sch + " failed: " + e.what() + "\n";
    return agreement;
  }
  fs::path corpus = konform::test::corpus_dir();
  for (const ReferenceCase& c : cases) {
    const nlohmann::json& ref = c.reference;
    if (engine_failed(ref)) {
      ++agreement.skipped;
      continue;
    }
    ++agreement.instances;
    Multiset theirs;
    for (const auto& f : ref["failed"]) {
      theirs[{string_or_empty(f, "id"), string_or_empty(f, "flag"),
              string_or_empty(f, "location")}]++;
      ++agreement.reference_failed;
    }
    std::string instance = ref["instance"].get<std::string>();
    std::vector<konform::Finding> read_findings;
    auto document = load_instance(read_bytes(corpus / instance), instance, read_findings);
    if (!document) {
      details << "  " << instance << ": could not be read ("
              << (read_findings.empty() ? "?" : read_findings.front().message) << ")\n";
      continue;
    }
    RunResult run = run_schema(*schema, *document);
    Multiset ours, errors;
    for (const Result& r : run.results) {
      if (r.kind == ResultKind::kError) {
        errors[{r.id, r.error_code + " " + r.message, r.location}]++;
      } else {
        ours[{r.id, r.flag, r.location}]++;
      }
    }
    for (const auto& [key, n] : theirs) {
      auto it = ours.find(key);
      agreement.matched_failed += std::min(n, it == ours.end() ? 0 : it->second);
    }
    std::size_t fired = ref["fired_rules"].get<std::size_t>();
    bool failed_agree = ours == theirs && errors.empty() && !run.budget_stop;
    agreement.failed_agree += failed_agree;
    agreement.fired_agree += fired == run.fired_rules;
    if (failed_agree && fired == run.fired_rules) continue;
    details << "  " << instance << ": fired " << run.fired_rules << " (reference " << fired << ")";
    Multiset only_ours = surplus(ours, theirs), only_theirs = surplus(theirs, ours);
    if (!only_ours.empty()) details << "\n    only ours:" << describe(only_ours);
    if (!only_theirs.empty()) details << "\n    only reference:" << describe(only_theirs);
    if (!errors.empty()) details << "\n    dynamic errors:" << describe(errors);
    if (run.budget_stop) details << "\n    stopped by a budget";
    details << "\n";
  }
  agreement.details = details.str();
  return agreement;
}

void check_against_reference(const std::string& run_sch, const std::string& reference_sch) {
  const std::string& reference = reference_sch.empty() ? run_sch : reference_sch;
  Agreement a = compare_with_reference(run_sch, reference);
  std::cout << "[schematron reference] | " << run_sch
            << (reference == run_sch ? "" : " (reference: " + reference + ")") << " | "
            << a.instances << " instances | failed asserts agree on " << a.failed_agree << "/"
            << a.instances << " (" << a.matched_failed << "/" << a.reference_failed
            << " asserts) | fired rules agree on " << a.fired_agree << "/" << a.instances << " | "
            << a.skipped << " reference errors skipped |\n"
            << a.details << std::flush;
  BOOST_TEST(a.instances > 0, "no reference instances for " << reference);
  BOOST_TEST(a.complete(), run_sch << ": " << a.failed_agree << "/" << a.instances
                                   << " agree on failed asserts, " << a.fired_agree << "/"
                                   << a.instances << " on fired rules\n"
                                   << a.details);
}

}  // namespace konform::schematron::test
