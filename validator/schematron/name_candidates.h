// The candidate rules (RuleIndex::candidates) for the nodes of one document, looked up once per
// kind of node and per element and attribute name. At the first node of each name, each
// candidate's context is asked what the name alone decides (xpath::Pattern::decided_by_name):
// rules it rules out are dropped from the name's list, and rules it decides to match are marked,
// so the runner fires them without testing their context. Wildcard contexts such as
// EN 16931's `//*[ends-with(name(), 'Amount') and ...]` are then tested once per name instead
// of at every element: the lists are kept across documents in a NameDecisions.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "validator/schematron/name_decisions.h"
#include "validator/schematron/schema.h"
#include "validator/xdm/document.h"
#include "validator/xpath/xpath.h"

namespace konform::schematron {

class NameCandidates {
 public:
  /// `context` evaluates the name tests of rule contexts (the run's, with its budgets);
  /// `decisions` holds the lists of names seen in earlier documents and keeps the new ones.
  NameCandidates(const Schema& schema, const xdm::Document& document,
                 const xpath::DynamicContext& context, NameDecisions& decisions);
  /// The rules whose context may match node `n`, ordered by pattern, then by rule. Valid until
  /// the next call.
  std::span<const Candidate> of(xdm::NodeIndex n);

 private:
  struct Range {
    static constexpr std::uint32_t kUnbuilt = 0xffffffffu;
    std::uint32_t begin = kUnbuilt;
    std::uint32_t end = 0;
  };
  Range build(xdm::NodeIndex n);

  const Schema& schema_;
  const xdm::Document& document_;
  const xpath::DynamicContext& context_;
  NameDecisions& decisions_;
  std::array<std::vector<Candidate>, 7> by_kind_;  // nodes without a name, by xdm::NodeKind
  std::vector<Range> by_name_;                     // [name id * 2 + is attribute] in lists_
  std::vector<Candidate> lists_;
};

}  // namespace konform::schematron
