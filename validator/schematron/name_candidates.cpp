#include "validator/schematron/name_candidates.h"

namespace konform::schematron {

NameCandidates::NameCandidates(const Schema& schema, const xdm::Document& document)
    : schema_(schema),
      document_(document),
      by_name_(document.name_id_count() * 2 * schema.patterns.size()) {}

const std::vector<std::uint32_t>& NameCandidates::of(std::size_t pattern, xdm::NodeIndex n) {
  const xdm::NodeKind kind = document_.kind(n);
  const RuleIndex& index = schema_.patterns[pattern].candidates;
  if (kind != xdm::NodeKind::kElement && kind != xdm::NodeKind::kAttribute) {
    index.candidates(kind, document_.local_name(n), other_);
    return other_;
  }
  const std::size_t key = document_.name_id_of(n) * 2 + (kind == xdm::NodeKind::kAttribute);
  Entry& entry = by_name_[key * schema_.patterns.size() + pattern];
  if (!entry.known) {
    index.candidates(kind, document_.local_name(n), entry.rules);
    entry.known = true;
  }
  return entry.rules;
}

}  // namespace konform::schematron
