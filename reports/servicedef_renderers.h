// Renderers of what `konform servicedef view` and `konform init service` say besides the XML
// view and the template themselves: pure functions of plain values, for the terminal.
#pragma once

#include <cstddef>
#include <ostream>
#include <span>
#include <string_view>

#include "validator/core/located_problem.h"

namespace konform::reports {

/// One "file:line:column: message" line per problem, like a compiler.
void render_located_problems_text(std::string_view file, std::span<const LocatedProblem> problems,
                                  std::ostream& out);

/// How many LeiKa entries `init service --from` took over from `from`, and that the publiccode.yml
/// should lose its German section, which upstream parsers reject.
void render_leika_takeover_text(std::size_t count, std::string_view from, std::ostream& out);

}  // namespace konform::reports
