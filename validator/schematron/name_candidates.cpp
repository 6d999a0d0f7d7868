#include "validator/schematron/name_candidates.h"

namespace konform::schematron {

NameCandidates::NameCandidates(const Schema& schema, const xdm::Document& document,
                               const xpath::DynamicContext& context, NameDecisions& decisions)
    : schema_(schema),
      document_(document),
      context_(context),
      decisions_(decisions),
      by_name_(document.name_id_count() * 2) {
  for (xdm::NodeKind kind : {xdm::NodeKind::kDocument, xdm::NodeKind::kText,
                             xdm::NodeKind::kComment, xdm::NodeKind::kProcessingInstruction}) {
    for (const RuleRef& rule : schema.candidates.candidates(kind, {})) {
      by_kind_[static_cast<std::size_t>(kind)].push_back({rule});
    }
  }
}

std::span<const Candidate> NameCandidates::of(xdm::NodeIndex n) {
  const xdm::NodeKind kind = document_.kind(n);
  if (kind != xdm::NodeKind::kElement && kind != xdm::NodeKind::kAttribute) {
    return by_kind_[static_cast<std::size_t>(kind)];
  }
  Range& range = by_name_[document_.name_id_of(n) * 2 + (kind == xdm::NodeKind::kAttribute)];
  if (range.begin == Range::kUnbuilt) range = build(n);
  return std::span<const Candidate>(lists_).subspan(range.begin, range.end - range.begin);
}

NameCandidates::Range NameCandidates::build(xdm::NodeIndex n) {
  Range range;
  range.begin = static_cast<std::uint32_t>(lists_.size());
  if (const std::vector<Candidate>* known = decisions_.find(schema_.id, document_, n)) {
    lists_.insert(lists_.end(), known->begin(), known->end());
    range.end = static_cast<std::uint32_t>(lists_.size());
    return range;
  }
  const xdm::NodeRef node = document_.ref(n);
  for (const RuleRef& ref :
       schema_.candidates.candidates(document_.kind(n), document_.local_name(n))) {
    const Rule& rule = schema_.patterns[ref.pattern].rules[ref.rule];
    const std::optional<bool> decided = rule.context.decided_by_name(node, context_);
    if (decided != false) lists_.push_back({ref, decided == true});
  }
  range.end = static_cast<std::uint32_t>(lists_.size());
  decisions_.keep(std::vector<Candidate>(lists_.begin() + range.begin, lists_.end()));
  return range;
}

}  // namespace konform::schematron
