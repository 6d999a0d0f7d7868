// The candidate rules (RuleIndex::candidates) for the nodes of one document, looked up once per
// element and attribute name. The runner asks at each node; looking the local name up in the
// index every time cost 4 % of an EN 16931 run. Nodes without a name (document, text, comment,
// PI) take their kind's list straight from the index.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "validator/schematron/schema.h"
#include "validator/xdm/document.h"

namespace konform::schematron {

class NameCandidates {
 public:
  NameCandidates(const Schema& schema, const xdm::Document& document);
  /// The rules whose context may match node `n`, ordered by pattern, then by rule.
  std::span<const RuleRef> of(xdm::NodeIndex n);

 private:
  const RuleIndex& index_;
  const xdm::Document& document_;
  std::vector<std::optional<std::span<const RuleRef>>> by_name_;  // [name id * 2 + is attribute]
};

}  // namespace konform::schematron
