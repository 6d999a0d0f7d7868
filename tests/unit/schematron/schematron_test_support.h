// Test helpers: compile Schematron text held in a string (includes resolve inside
// tests/unit/schematron/data), read XML strings with the production reader, and summarise runs.
#pragma once

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"
#include "validator/schematron/compiler.h"
#include "validator/schematron/instance_loader.h"
#include "validator/schematron/runner.h"

namespace konform::schematron::test {

inline std::filesystem::path data_dir() {
  return konform::test::source_dir() / "tests" / "unit" / "schematron" / "data";
}

/// Wraps `body` in an ISO schema element (xslt2) declaring the sch default namespace.
inline std::string sch(const std::string& body, const std::string& schema_attributes = {}) {
  return "<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt2\"" +
         (schema_attributes.empty() ? std::string() : " " + schema_attributes) + ">\n" + body +
         "\n</schema>\n";
}

inline std::shared_ptr<const Schema> compile_text(const std::string& text,
                                                  const std::string& phase = {},
                                                  std::filesystem::path root = {}) {
  CompileOptions options;
  options.root = root.empty() ? data_dir() : root;
  options.phase = phase;
  options.name = "test.sch";
  return compile_schema_text(text, options);
}

/// The compile error `text` raises (fails the test if it compiles).
inline SchemaError compile_error(const std::string& text, const std::string& phase = {},
                                 std::filesystem::path root = {}) {
  try {
    compile_text(text, phase, std::move(root));
  } catch (const SchemaError& e) {
    return e;
  }
  BOOST_FAIL("expected a SchemaError");
  throw std::logic_error("unreachable");
}

inline std::unique_ptr<xdm::Document> parse_xml(const std::string& xml) {
  std::vector<Finding> findings;
  auto document = load_instance(xml, "test.xml", findings);
  BOOST_TEST_REQUIRE(document != nullptr, "test XML not readable");
  return document;
}

inline RunResult run_text(const Schema& schema, const std::string& xml) {
  auto document = parse_xml(xml);
  return run_schema(schema, *document);
}

/// "id@location" of every assert/report result, sorted.
inline std::vector<std::string> hits(const RunResult& run) {
  std::vector<std::string> out;
  for (const Result& r : run.results) {
    if (r.kind != ResultKind::kError) out.push_back(r.id + "@" + r.location);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<std::string> error_codes(const RunResult& run) {
  std::vector<std::string> out;
  for (const Result& r : run.results) {
    if (r.kind == ResultKind::kError) out.push_back(r.error_code);
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace konform::schematron::test
