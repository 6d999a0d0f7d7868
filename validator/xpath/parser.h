// Recursive-descent parser for the XPath 2.0 grammar, producing the Expr tree (ast.h). Names are
// resolved while parsing: namespace prefixes (XPST0081), variables (XPST0008), functions and
// their arity (XPST0017), atomic type names (XPST0051). Syntax errors are XPST0003. Every error
// carries the character offset.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "validator/xpath/ast.h"
#include "validator/xpath/context.h"

namespace konform::xpath {

/// Local variables (for/some/every bindings, function parameters) of one evaluation frame.
struct LocalScope {
  std::vector<std::pair<std::string, std::size_t>> names;  // expanded name -> slot, innermost last
  std::size_t frame_size = 0;
  /// Whether the caller-declared (StaticContext) variables are visible (false in function bodies).
  bool globals_visible = true;

  std::size_t bind(std::string expanded) {
    names.emplace_back(std::move(expanded), frame_size);
    return frame_size++;
  }
};

ExprPtr parse_expression(std::string_view text, const StaticContext& context, LocalScope& scope);
SequenceType parse_sequence_type(std::string_view text, const StaticContext& context);

}  // namespace konform::xpath
