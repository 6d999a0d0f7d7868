#include "reports/rendered_pieces.h"

#include <utility>

namespace konform::reports {

std::string joined(RenderedPieces pieces) {
  if (!pieces.catalogue && pieces.tail.empty()) return std::move(pieces.head);
  std::string text;
  text.reserve(pieces.head.size() + (pieces.catalogue ? pieces.catalogue->size() : 0) +
               pieces.tail.size());
  text.append(pieces.head);
  if (pieces.catalogue) text.append(*pieces.catalogue);
  text.append(pieces.tail);
  return text;
}

std::optional<RenderedPieces> cut_at(std::string rendered, std::string_view placeholder,
                                     std::shared_ptr<const std::string> catalogue,
                                     std::string_view tail) {
  const std::size_t at = rendered.find(placeholder);
  if (at == std::string::npos) return std::nullopt;
  // One allocation for the rest: a report's findings follow its rules, and growing the copy to
  // append `tail` copied them twice.
  const std::string_view after = std::string_view(rendered).substr(at + placeholder.size());
  std::string rest;
  rest.reserve(after.size() + tail.size());
  rest.append(after).append(tail);
  rendered.resize(at);
  return RenderedPieces{std::move(rendered), std::move(catalogue), std::move(rest)};
}

}  // namespace konform::reports
