// Predicates that look only at a node's name, answered once per name and document. An XSLT rule
// context such as `//*[ends-with(name(), 'Amount')]` is tested at every element of the document,
// and its predicate builds the name as a string and compares it each time, although the answer
// is the same for every element of that name. A predicate (or the leading operands of an `and`
// chain) that depends on name(), local-name() and namespace-uri() of the focus node, literals
// and string tests only is compiled as a NameMemoExpr: its effective boolean value is computed
// at the first node of each lexical name (prefix, namespace URI, local name) of a document and
// kept in the DynamicContext for the others; the first node of a name asks a per-thread table
// of the answers by lexical name first, filled by the documents the thread evaluated before.
// Errors are never kept: a test that raises, raises again at the next node.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "validator/xpath/ast.h"

namespace konform::xpath {

/// Whether `e` (evaluated with a node as the focus) yields a boolean that depends on nothing but
/// the node's name: name(), local-name(), namespace-uri(), literals, and/or and the fn string
/// tests (ends-with, starts-with, contains, not, boolean, true, false) over them.
bool is_name_only_test(const Expr& e);

/// `predicate` with its name-only part memoised (the whole predicate, or the name-only leading
/// operands of an `and` chain); unchanged when it has none.
ExprPtr memoise_name_tests(ExprPtr predicate);

/// A name-only test whose answer is kept per document and lexical name.
class NameMemoExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kNameMemo;
  explicit NameMemoExpr(ExprPtr test);
  Sequence eval(EvalContext& c) const override { return {Atomic::boolean(ebv(c))}; }
  bool ebv(EvalContext& c) const override;

 private:
  std::uint32_t slot_;  // process-unique: names this test's answers in a NameMemo
  ExprPtr test_;
};

/// The answers of NameMemoExprs for one document at a time; not shared between threads.
class NameMemo {
 public:
  /// The kept answer of test `slot` for lexical name `name_id` of `document`: -1 unknown, 0
  /// false, 1 true (the whole memo is forgotten when the document changes).
  std::int8_t& answer(std::uint32_t slot, const xdm::Document& document, std::uint32_t name_id);

 private:
  std::uint64_t document_id_ = 0;  // document ids start at 1
  std::unordered_map<std::uint32_t, std::vector<std::int8_t>> answers_;
};

}  // namespace konform::xpath
