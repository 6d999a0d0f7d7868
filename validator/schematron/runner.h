// Runs a compiled Schema over one XDM document, with the semantics of the ISO skeleton/SchXslt
// for queryBinding="xslt2":
//   * global lets are evaluated once, with the document node as context item;
//   * every node (document node, elements, attributes when some rule context can match them,
//     text, comments, PIs) is visited in document order, attributes before children;
//   * per pattern, a node fires at most the first rule (in schema order) whose context matches;
//     the rule's lets are evaluated, then its asserts (result when false) and reports (result
//     when true), in order.
// Dynamic errors never abort the run: an error while matching a rule context makes the rule not
// match that node (XSLT 2.0 §6.4 recovery) and an error in a let, test or message is recorded as
// a result of kind kError (code + message); the run continues with the next rule.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "validator/core/excerpt.h"
#include "validator/core/severity.h"
#include "validator/schematron/rule_timings.h"
#include "validator/schematron/schema.h"
#include "validator/xdm/document.h"

namespace konform::schematron {

enum class ResultKind { kAssert, kReport, kError };

struct DiagnosticText {
  std::string id;
  std::string text;
  std::string lang;  // the diagnostic's xml:lang
};

/// A failed assert, a successful report, or a dynamic error.
struct Result {
  ResultKind kind = ResultKind::kAssert;
  std::string id;  // assertion id (possibly derived); for errors: the assertion/let/rule id
  std::string role;
  std::string flag;
  Severity severity = Severity::kError;
  std::string message;  // value-of/name evaluated, whitespace normalised
  std::vector<DiagnosticText> diagnostics;
  std::string see;           // the assertion's @see
  TextPosition position;     // of the context node in the instance
  std::string location;      // its path: /Q{ns}local[n]/..., @local or @Q{ns}local
  std::string pattern_id;    // the pattern's id, or its 1-based index when it has none
  std::string test;          // the assertion's test (for errors: the failing expression)
  std::string rule_context;  // the context of the rule that fired (asserts and reports)
  std::string error_code;    // kError only: the W3C code (XPTY0004, FORG0001, KONF0001, ...)
  std::string message_de;    // kError only: the error's German message where it has one
};

/// Why and where a run stopped before visiting every node: the document's budget ran out.
struct BudgetStop {
  std::string reason;     // which budget, in words
  TextPosition position;  // of the node being checked when it ran out
  std::string location;   // its path
};

struct RunResult {
  std::vector<Result> results;  // pattern by pattern, each in document order
  std::size_t fired_rules = 0;  // (node, rule) pairs that fired
  /// The ids of the assertions whose rule context matched at least one node, sorted, each once:
  /// the rules that had something to check (an assertion that never ran passed vacuously).
  std::vector<std::string> matched_assertions;
  /// Set when the run ended early; the results then cover only the nodes before it.
  std::optional<BudgetStop> budget_stop;
  /// Work units used, counted when RunOptions::document_step_budget is set (else 0).
  std::uint64_t steps_used = 0;
  std::size_t error_count() const;
};

struct RunOptions {
  /// Work units one XPath evaluation may use (see xpath::DynamicContext::step_budget).
  std::uint64_t step_budget = 10'000'000;
  /// Work units all evaluations of the run may use together; 0: no such budget. When they run
  /// out, the run stops (RunResult::budget_stop).
  std::uint64_t document_step_budget = 0;
  /// Wall time the run may take; zero: unbounded. Looked at per node and every few thousand
  /// steps; when it has passed, the run stops (RunResult::budget_stop).
  std::chrono::milliseconds time_budget{0};
  /// When true, one evaluation that exceeds step_budget also stops the run (RunResult::
  /// budget_stop) instead of becoming a kError result: an expression built to explode would do
  /// so again on the next node.
  bool stop_at_evaluation_budget = false;
  /// How much of a value-of result (the document's own text) a message may quote.
  ExcerptPolicy excerpts = ExcerptPolicy::unlimited();
  /// fn:current-dateTime(); unset = xpath's fixed default.
  std::optional<xpath::DateTime> current_date_time;
  /// The documents doc() may read (the run's input set); null: none, doc() raises FODC0002.
  xpath::DocumentSource* documents = nullptr;
  /// When set, the run adds the time of each rule context, let and assertion to it (profiling;
  /// the caller owns it and may sum several runs into one).
  RuleTimings* timings = nullptr;
};

RunResult run_schema(const Schema& schema, const xdm::Document& document,
                     const RunOptions& options = {});

}  // namespace konform::schematron
