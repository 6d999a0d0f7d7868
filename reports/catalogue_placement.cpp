#include "reports/catalogue_placement.h"

#include <sstream>

namespace konform::reports {

RenderedPieces rendered_whole(const Report& report, decltype(Renderer::render) render) {
  std::ostringstream out;
  render(report, {}, out);
  return {std::move(out).str()};
}

std::string nested_json(std::string_view prefix, std::string_view json, std::size_t indent) {
  std::string text(prefix);
  text.reserve(prefix.size() + json.size() + json.size() / 8);
  for (const char c : json) {
    text += c;
    if (c == '\n') text.append(indent, ' ');
  }
  return text;
}

}  // namespace konform::reports
