// konform's XPath 2.0 engine, the entry point. Non-schema-aware, as XSLT 2.0 Schematron uses it.
//
//   xpath::StaticContext sc;                       // fn library, xs/fn/xml prefixes predeclared
//   sc.declare_namespace("cbc", "urn:...");
//   std::size_t total = sc.declare_variable("total");
//   auto expr = xpath::compile("sum(//cbc:Amount) = $total", sc);   // throws xpath::Error
//   xpath::DynamicContext dc;
//   dc.context_item = xpath::Item(document.root());
//   dc.set_variable(total, {xpath::Atomic::decimal(...)});
//   bool ok = expr.evaluate_boolean(dc);            // throws xpath::Error (code(), what())
//
// Patterns (XSLT 2.0 match patterns, for Schematron rule contexts) compile with
// compile_pattern() and test one node at a time.
// doc() and doc-available() never read files or the network themselves: they return only what the
// dynamic context's DocumentSource holds (document_source.h); without one doc-available() is
// false and doc() raises FODC0002.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "validator/xpath/context.h"
#include "validator/xpath/error.h"
#include "validator/xpath/value.h"

namespace konform::xpath {

class Expr;

class CompiledExpression {
 public:
  /// The result sequence. Throws Error for dynamic errors (and KONF0001 when the step budget of
  /// the dynamic context is exhausted).
  Sequence evaluate(const DynamicContext& context) const;
  /// Effective boolean value of the result (FORG0006 if it has none).
  bool evaluate_boolean(const DynamicContext& context) const;
  /// String values of the result items joined by single spaces (xsl:value-of semantics).
  std::string evaluate_string(const DynamicContext& context) const;
  const std::string& text() const { return text_; }

 private:
  friend CompiledExpression compile(std::string_view, const StaticContext&);
  std::shared_ptr<const Expr> expr_;
  std::size_t frame_size_ = 0;
  std::string text_;
};

/// Compiles an expression; throws Error (XPST0003 syntax, XPST0008 undeclared variable,
/// XPST0017 unknown function, XPST0081 unbound prefix, ...) with the character offset.
CompiledExpression compile(std::string_view expression, const StaticContext& context);

/// The string value of one item (fn:string semantics).
std::string item_string_value(const Item& item);
/// The string values of `items` joined by single spaces.
std::string join_string_values(const Sequence& items);
/// The effective boolean value (FORG0006 for sequences that have none).
bool effective_boolean_value(const Sequence& items);

/// An XSLT 2.0 pattern: alternatives separated by `|`, each a path of child/attribute steps
/// with predicates, separated by `/` or `//`, optionally absolute (`/a/b`, `//a`) or rooted at
/// id()/key(); `/` alone matches document nodes.
class Pattern {
 public:
  Pattern();
  ~Pattern();
  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;

  /// Whether `node` matches; predicates are evaluated with `context`'s variables. Throws Error
  /// for dynamic errors in predicates.
  bool matches(xdm::NodeRef node, const DynamicContext& context) const;
  /// The same, inside an evaluation already running (used by xsl:key indexes).
  bool matches(xdm::NodeRef node, EvalContext& context) const;
  /// What the kind and name of `node`, an element or attribute, tell about matches(node):
  /// false when no node of that kind and lexical name (prefix, namespace URI, local name) in
  /// its document matches, true when each of them does, nullopt when it depends on more (the
  /// node's place or content; or the node is of another kind, or a name test raised). Where it
  /// answers, matches() gives that answer at each such node and raises nothing, so a caller may
  /// keep the answer for the document: `//*[ends-with(name(), 'Amount')]` is then tested once
  /// per name instead of at every element.
  std::optional<bool> decided_by_name(xdm::NodeRef node, const DynamicContext& context) const;
  const std::string& text() const { return text_; }

  struct Impl;

 private:
  friend Pattern compile_pattern(std::string_view, const StaticContext&);
  std::unique_ptr<Impl> impl_;
  std::string text_;
};

/// Throws Error (XTSE0340 for an expression that is not a valid pattern).
Pattern compile_pattern(std::string_view pattern, const StaticContext& context);

}  // namespace konform::xpath
