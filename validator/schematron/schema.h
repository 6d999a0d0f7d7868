// A compiled Schematron schema: immutable after compile_schema() (compiler.h), shared by any
// number of runs (runner.h), also concurrently (each run has its own xpath::DynamicContext).
//
// Everything is resolved at compile time: includes are inlined, abstract patterns instantiated,
// abstract rules (extends) flattened into the concrete rules, the phase chosen, every XPath
// compiled. Variables: schema-, phase- and pattern-level lets are global (evaluated once per
// document, in dependency order, with the document node as context item); rule-level lets are
// evaluated per rule firing with the rule's context node.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "validator/core/severity.h"
#include "validator/input/xml_event_sink.h"
#include "validator/schematron/node_filter.h"
#include "validator/schematron/rule_index.h"
#include "validator/xpath/xpath.h"

namespace konform::schematron {

/// Where a construct sits in the Schematron source (for messages about the rule set itself).
struct SourceRef {
  std::string file;
  int line = 0;
  int column = 0;
};

/// Mixed content of an assert/report/diagnostic: literal text, `value-of select` and `name`
/// (compiled as name(path)); emph/dir/span and foreign elements contribute their content.
struct MessagePart {
  std::string text;  // literal text (when expression is empty)
  std::optional<xpath::CompiledExpression> expression;
};
using Message = std::vector<MessagePart>;

enum class AssertionKind { kAssert, kReport };

struct Assertion {
  AssertionKind kind = AssertionKind::kAssert;
  std::string id;  // @id, else derived "<pattern id or index>-<rule index>-<index>"
  bool id_derived = false;
  std::string role;
  std::string flag;
  Severity severity = Severity::kError;
  xpath::CompiledExpression test;
  Message message;
  std::vector<std::size_t> diagnostics;  // indices into Schema::diagnostics
  std::string see;                       // @see: the source the rule enforces (law, guideline)
  // The rule's static title, English and German (konform:title, konform:title-de in
  // kKonformSchematronNs): a whole sentence naming what the rule asks, not the finding's message,
  // whose computed parts have no value outside a run.
  std::string title;
  std::string title_de;
  // @subject (ISO/IEC 19757-3:2016, 5.4.1 and 5.4.13), the assertion's or else its rule's: the
  // node a finding is about, evaluated with the context node; findings point at its first node.
  // Without it (or when it selects no node) they point at the context node.
  std::optional<xpath::CompiledExpression> subject;
  SourceRef source;
};

struct Let {
  std::string name;
  std::size_t slot = 0;  // in the schema's StaticContext
  xpath::CompiledExpression value;
  SourceRef source;
};

struct Rule {
  std::string id;
  std::string role;
  std::string flag;
  xpath::Pattern context;
  NodeFilter filter;
  std::vector<Let> lets;  // rule-level, in order (those of extended abstract rules inlined)
  std::vector<Assertion> assertions;
  /// Where its assertions' ids stand in Schema::assertion_ids (assertion_ids.h).
  std::vector<std::uint32_t> assertion_ranks;
  SourceRef source;
};

struct SchemaPattern {
  std::string id;     // may be empty
  std::size_t index;  // 1-based position among the schema's concrete patterns
  std::vector<Rule> rules;
};

struct Diagnostic {
  std::string id;
  std::string lang;  // xml:lang in scope ("de": the German text of a finding)
  Message message;
};

/// A process-unique schema id, so that what is kept per schema (NameDecisions) never outlives a
/// schema whose address gets reused.
inline std::uint64_t new_schema_id() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1);
}

class Schema {
 public:
  std::uint64_t id = new_schema_id();
  /// The name the caller gave (or the file's name), used as the finding source.
  std::string name;
  /// The phase that was chosen ("#ALL" when every pattern is active).
  std::string phase;
  /// Every file the compiler read: the rule set, then its includes at any depth (canonical, each
  /// once). Hashes and locks cover all of them, since a rule in an included file runs too.
  std::vector<std::filesystem::path> files;
  /// Active patterns, in schema order.
  std::vector<SchemaPattern> patterns;
  /// Global lets in evaluation order (dependencies first).
  std::vector<Let> globals;
  std::vector<Diagnostic> diagnostics;
  /// Every assertion's id, sorted, each once (assertion_ids.h).
  std::vector<std::string> assertion_ids;
  /// The rules of all patterns by the node kind and name their context can match.
  RuleIndex candidates;
  /// Whether any rule context can match attribute nodes (else the runner skips them).
  bool visits_attributes = false;
  /// The namespace URIs the schema's <ns> elements declare, sorted, each once.
  std::vector<std::string> declared_namespaces;
  /// Namespaces, variables, xsl:key and xsl:function definitions the expressions refer to.
  std::unique_ptr<xpath::StaticContext> statics;

  std::size_t rule_count() const;
  std::size_t assertion_count() const;
};

}  // namespace konform::schematron
