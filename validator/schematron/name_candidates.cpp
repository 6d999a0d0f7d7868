#include "validator/schematron/name_candidates.h"

namespace konform::schematron {

NameCandidates::NameCandidates(const Schema& schema, const xdm::Document& document)
    : index_(schema.candidates), document_(document), by_name_(document.name_id_count() * 2) {}

std::span<const RuleRef> NameCandidates::of(xdm::NodeIndex n) {
  const xdm::NodeKind kind = document_.kind(n);
  if (kind != xdm::NodeKind::kElement && kind != xdm::NodeKind::kAttribute) {
    return index_.candidates(kind, {});
  }
  auto& rules = by_name_[document_.name_id_of(n) * 2 + (kind == xdm::NodeKind::kAttribute)];
  if (!rules) rules = index_.candidates(kind, document_.local_name(n));
  return *rules;
}

}  // namespace konform::schematron
