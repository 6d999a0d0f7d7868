#include "reports/trust_renderers.h"

#include <string>

namespace konform::reports {
namespace {

std::string joined(const std::vector<std::string>& scope) {
  std::string text;
  for (const auto& pattern : scope) text += (text.empty() ? "" : " ") + pattern;
  return text;
}

}  // namespace

void render_trusted_keys_text(std::span<const TrustedKeyListing> keys, std::ostream& out) {
  for (const auto& key : keys) {
    out << key.key_id << "  for " << (key.scope.empty() ? "nothing" : joined(key.scope)) << "\n    "
        << key.file << "\n";
  }
}

void render_trusted_key_added_text(const TrustedKeyListing& key, std::ostream& out) {
  out << "konform: trusting key " << key.key_id << " for " << joined(key.scope) << "\n  "
      << key.file << "\n";
}

}  // namespace konform::reports
