// RuleIndex: which rules of a schema can match a node of a given kind and local name, built once
// per schema from each rule's NodeFilter. Lets the runner test only the rules whose rule context
// ends in the node's name instead of every rule's pattern on every node. The lists cover all
// patterns at once and are complete when the schema is compiled, so a run asks once per node
// kind and element or attribute name and never merges or sorts (merging each pattern's lists
// again at every text node and at each new name cost 2.5 % of an XRechnung run).
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "validator/schematron/node_filter.h"

namespace konform::schematron {

/// Rule `rule` of pattern `pattern` (indices into Schema::patterns and SchemaPattern::rules).
struct RuleRef {
  std::uint32_t pattern = 0;
  std::uint32_t rule = 0;
  auto operator<=>(const RuleRef&) const = default;
};

class RuleIndex {
 public:
  /// `filters[p][r]` is the filter of pattern p's rule r.
  void build(const std::vector<std::vector<const NodeFilter*>>& filters);
  /// The rules that may match a node of `kind` with `local_name` (read for elements and
  /// attributes only), ordered by pattern, then by rule. Valid as long as the index.
  std::span<const RuleRef> candidates(xdm::NodeKind kind, std::string_view local_name) const;

 private:
  using Names = std::map<std::string, std::vector<RuleRef>, std::less<>>;
  // Node kinds that rules can match: all but namespace nodes, which no pattern reaches.
  static constexpr std::size_t kKinds = static_cast<std::size_t>(xdm::NodeKind::kNamespace);
  // By node kind: the rules that accept every node of the kind (any_node filters included).
  std::array<std::vector<RuleRef>, kKinds> every_;
  // By node kind (elements and attributes only): each listed name's rules, already joined with
  // the kind's every_ list.
  std::array<Names, kKinds> named_;
};

}  // namespace konform::schematron
