// A report rendered in three pieces whose concatenation is the renderer's bytes: what comes
// before the chain's rule catalogue, the catalogue itself (rule_catalogue_text.h), the same
// object for every report of the chain, and what comes after it. A service sends the pieces as
// they are: joining them copied the catalogue into each answer (517 KB for an XRechnung invoice,
// 0.53 M instructions of memcpy per message).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace konform::reports {

struct RenderedPieces {
  std::string head = {};
  std::shared_ptr<const std::string> catalogue = {};  ///< null: the report has none of its chain's
  std::string tail = {};
};

/// The pieces one after another, in one string.
std::string joined(RenderedPieces pieces);

/// `rendered` cut at its first `placeholder`, `catalogue` in the placeholder's place, then the
/// rest of `rendered` and `tail`; nothing when `rendered` has no placeholder.
std::optional<RenderedPieces> cut_at(std::string rendered, std::string_view placeholder,
                                     std::shared_ptr<const std::string> catalogue,
                                     std::string_view tail = {});

}  // namespace konform::reports
