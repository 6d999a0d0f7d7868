// The Schematron reference comparison shared by the corpus agreement tests: reference files
// (../shared/corpus/reference/**/<instance>.json, written from Saxon-HE + SchXslt) for one .sch,
// a corpus .sch compiled as konform compiles it, and the comparison of a run with a reference:
// failed asserts and successful reports as a multiset of (id, flag, location), and the number of
// rules that fired.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "validator/schematron/compiler.h"

namespace konform::schematron::test {

struct ReferenceCase {
  std::filesystem::path json_file;
  nlohmann::json reference;
};

std::string read_bytes(const std::filesystem::path& file);

double ms_since(std::chrono::steady_clock::time_point start);

/// Reference files whose `schematron` is `sch` (corpus-relative), sorted by file name.
std::vector<ReferenceCase> reference_cases(const std::string& sch);

/// Compiles a corpus .sch (corpus-relative) with its top-level corpus folder as the root that
/// includes may not leave; `ms`, when given, receives the compile time.
std::shared_ptr<const Schema> compile_corpus_schema(const std::string& sch, double* ms = nullptr);

/// How far one .sch agrees with the reference, instance by instance.
struct Agreement {
  int instances = 0;         // reference files without an engine error
  int skipped = 0;           // reference files with an engine error
  int failed_agree = 0;      // instances with the same (id, flag, location) multiset
  int fired_agree = 0;       // instances with the same number of fired rules
  int reference_failed = 0;  // failed asserts + successful reports in the reference
  int matched_failed = 0;    // ... of which konform gave the same (id, flag, location)
  std::string details;       // every disagreement, one instance per paragraph
  bool complete() const {
    return failed_agree == instances && fired_agree == instances && details.empty();
  }
};

/// Runs `run_sch` on every instance of `reference_sch`'s reference files (the same file, or a
/// copy that must behave the same) and compares each run with its reference.
Agreement compare_with_reference(const std::string& run_sch, const std::string& reference_sch);

/// Compares, prints a table row (instances, failed asserts agreeing, fired rules agreeing) and
/// every disagreement, and fails the test unless all instances agree.
void check_against_reference(const std::string& run_sch,
                             const std::string& reference_sch = std::string());

}  // namespace konform::schematron::test
