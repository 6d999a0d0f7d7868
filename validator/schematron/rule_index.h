// RuleIndex: for one pattern, which of its rules can match a node of a given kind and local name,
// in rule order, built from each rule's NodeFilter. Lets the runner test only the rules whose
// rule context ends in the node's name instead of every rule's pattern on every node.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "validator/schematron/node_filter.h"

namespace konform::schematron {

class RuleIndex {
 public:
  void build(const std::vector<const NodeFilter*>& filters);
  /// Appends the indices of the candidate rules for a node, ascending.
  void candidates(xdm::NodeKind kind, std::string_view local_name,
                  std::vector<std::uint32_t>& out) const;
  bool empty() const { return rule_count_ == 0; }

 private:
  using Names = std::map<std::string, std::vector<std::uint32_t>, std::less<>>;
  Names elements_, attributes_;
  std::vector<std::uint32_t> any_element_, any_attribute_, document_, text_, comment_, pi_,
      any_node_;
  std::size_t rule_count_ = 0;
};

}  // namespace konform::schematron
