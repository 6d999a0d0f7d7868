#include "reports/servicedef_renderers.h"

#include "reports/wording.h"

namespace konform::reports {

void render_located_problems_text(std::string_view file, std::span<const LocatedProblem> problems,
                                  std::ostream& out) {
  for (const auto& problem : problems) {
    out << file << ":" << problem.location.line << ":" << problem.location.column << ": "
        << problem.message << "\n";
  }
}

void render_leika_takeover_text(std::size_t count, std::string_view from, std::ostream& out) {
  out << "konform: took over " << counted(count, "LeiKa entry", "LeiKa entries") << " from " << from
      << "'s German section; remove that section from the publiccode.yml, which "
         "upstream parsers reject\n";
}

}  // namespace konform::reports
