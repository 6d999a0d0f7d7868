// bench_schematron_profile [--top N] [--repeat K] SCH... -- FILE...: where Schematron spends its
// time. Compiles each rule set, then reads each file K times (default 1) with konform's hardened
// reader and runs on it every rule set that applies to it (as ad-hoc mode chooses: the rule sets
// whose <ns> declarations name the root element's namespace, every rule set that declares none),
// timing each run. Prints, as Markdown: per rule set its total time and milliseconds per document
// it ran on (the reading and tree building on their own row), then the N (default 20) most
// expensive assertions, rule contexts and rule lets over all runs (schematron::RuleTimings).
// No XSD: tests/bench/run.sh measures that stage with konform itself. Evaluation budgets are
// unlimited here, so a profile covers every rule on every node even of a 50 MB invoice.
// Exit 0 after the report; 2 on a usage error, a rule set that does not compile or an unreadable
// or malformed file (a profile that skipped an input would misstate the costs).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "validator/schematron/compiler.h"
#include "validator/schematron/instance_loader.h"
#include "validator/schematron/runner.h"

namespace {

using konform::schematron::Cost;
using Clock = std::chrono::steady_clock;

struct RuleSet {
  std::string name;
  std::shared_ptr<const konform::schematron::Schema> schema;
  Clock::duration time{};
  std::size_t documents = 0;
};

struct Line {
  double ms = 0;
  std::uint64_t evaluations = 0;
  std::string rule_set, what, id, expression;
};

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "bench_schematron_profile: " << message << "\n";
  std::exit(2);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot open " + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string_view root_namespace(const konform::xdm::Document& d) {
  for (auto n = d.first_child(0); n != konform::xdm::kNoNode; n = d.next_sibling(n)) {
    if (d.kind(n) == konform::xdm::NodeKind::kElement) return d.namespace_uri(n);
  }
  return {};
}

bool applies(const konform::schematron::Schema& schema, std::string_view ns) {
  const auto& declared = schema.declared_namespaces;
  return declared.empty() || std::find(declared.begin(), declared.end(), ns) != declared.end();
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

/// One line per timed construct, of the rule set that holds it.
std::vector<Line> lines_of(const RuleSet& set, const konform::schematron::RuleTimings& t) {
  std::vector<Line> out;
  auto add = [&](const Cost& cost, std::string what, std::string id, std::string expression) {
    if (cost.evaluations == 0) return;
    out.push_back({ms(cost.time), cost.evaluations, set.name, std::move(what), std::move(id),
                   std::move(expression)});
  };
  for (const auto& pattern : set.schema->patterns) {
    for (const auto& rule : pattern.rules) {
      if (auto it = t.contexts.find(&rule); it != t.contexts.end())
        add(it->second, "context", rule.id, rule.context.text());
      if (auto it = t.lets.find(&rule); it != t.lets.end())
        add(it->second, "lets", rule.id, rule.context.text());
      for (const auto& a : rule.assertions) {
        if (auto it = t.assertions.find(&a); it != t.assertions.end())
          add(it->second, "assert", a.id, a.test.text());
      }
    }
  }
  add(t.globals, "global lets", "", "");
  return out;
}

std::string cell(std::string text, std::size_t limit) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == '|') c = '/';
  }
  if (text.size() > limit) text = text.substr(0, limit) + "…";
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t top = 20, repeat = 1;
  std::vector<std::string> rule_files, files;
  bool after_separator = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (after_separator) {
      files.push_back(arg);
    } else if (arg == "--") {
      after_separator = true;
    } else if ((arg == "--top" || arg == "--repeat") && i + 1 < argc) {
      (arg == "--top" ? top : repeat) = std::strtoul(argv[++i], nullptr, 10);
    } else {
      rule_files.push_back(arg);
    }
  }
  if (rule_files.empty() || files.empty() || repeat == 0) {
    fail("usage: bench_schematron_profile [--top N] [--repeat K] SCH... -- FILE...");
  }

  std::vector<RuleSet> sets;
  for (const auto& path : rule_files) {
    konform::schematron::CompileOptions options;
    options.includes = konform::schematron::Includes::kLocalFileSystem;
    try {
      sets.push_back({std::filesystem::path(path).filename().string(),
                      konform::schematron::compile_schema(path, options)});
    } catch (const konform::schematron::SchemaError& e) {
      fail(path + ": " + e.what());
    }
  }

  std::vector<konform::schematron::RuleTimings> timings(sets.size());
  Clock::duration reading{};
  std::size_t documents = 0;
  for (std::size_t round = 0; round < repeat; ++round) {
    for (const auto& path : files) {
      const std::string bytes = read_file(path);
      std::vector<konform::Finding> findings;
      auto start = Clock::now();
      auto document = konform::schematron::load_instance(bytes, path, findings);
      reading += Clock::now() - start;
      if (!document) fail(path + ": not well-formed");
      ++documents;
      const std::string_view ns = root_namespace(*document);
      for (std::size_t s = 0; s < sets.size(); ++s) {
        if (!applies(*sets[s].schema, ns)) continue;
        konform::schematron::RunOptions options;
        options.step_budget = std::numeric_limits<std::uint64_t>::max();
        options.timings = &timings[s];
        start = Clock::now();
        konform::schematron::run_schema(*sets[s].schema, *document, options);
        sets[s].time += Clock::now() - start;
        ++sets[s].documents;
      }
    }
  }

  std::printf("| rule set | documents | total ms | ms per document |\n|---|---:|---:|---:|\n");
  std::printf("| (reading, tree building) | %zu | %.1f | %.3f |\n", documents, ms(reading),
              ms(reading) / static_cast<double>(documents));
  for (const auto& set : sets) {
    std::printf("| %s | %zu | %.1f | %.3f |\n", set.name.c_str(), set.documents, ms(set.time),
                set.documents ? ms(set.time) / static_cast<double>(set.documents) : 0.0);
  }
  std::vector<Line> all;
  for (std::size_t s = 0; s < sets.size(); ++s) {
    auto lines = lines_of(sets[s], timings[s]);
    all.insert(all.end(), lines.begin(), lines.end());
  }
  std::sort(all.begin(), all.end(), [](const Line& a, const Line& b) { return a.ms > b.ms; });
  if (all.size() > top) all.resize(top);
  std::printf("\n%zu most expensive asserts, rule contexts and rule lets\n\n", all.size());
  std::printf("| ms | evaluations | µs each | rule set | what | id | expression |\n");
  std::printf("|---:|---:|---:|---|---|---|---|\n");
  for (const Line& l : all) {
    std::printf("| %.1f | %llu | %.2f | %s | %s | %s | %s |\n", l.ms,
                static_cast<unsigned long long>(l.evaluations),
                l.ms * 1000.0 / static_cast<double>(l.evaluations), l.rule_set.c_str(),
                l.what.c_str(), cell(l.id, 40).c_str(), cell(l.expression, 90).c_str());
  }
  return 0;
}
