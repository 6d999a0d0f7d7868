#include "validator/schematron/rule_index.h"

#include <algorithm>
#include <iterator>

namespace konform::schematron {
namespace {

/// Adds the names of `names` to `rule`'s list in `index` (each rule once per name).
void add_names(const std::vector<std::string>& names, RuleRef rule,
               std::map<std::string, std::vector<RuleRef>, std::less<>>& index) {
  for (const std::string& name : names) {
    std::vector<RuleRef>& list = index[name];
    if (list.empty() || list.back() != rule) list.push_back(rule);
  }
}

/// Each named list joined with the rules that match any name of its kind, in order, each once.
void add_unnamed(const std::vector<RuleRef>& unnamed,
                 std::map<std::string, std::vector<RuleRef>, std::less<>>& index) {
  for (auto& [name, list] : index) {
    std::vector<RuleRef> joined;
    std::set_union(list.begin(), list.end(), unnamed.begin(), unnamed.end(),
                   std::back_inserter(joined));
    list = std::move(joined);
  }
}

}  // namespace

void RuleIndex::build(const std::vector<std::vector<const NodeFilter*>>& filters) {
  for (std::uint32_t p = 0; p < filters.size(); ++p) {
    for (std::uint32_t r = 0; r < filters[p].size(); ++r) {
      const NodeFilter& f = *filters[p][r];
      const RuleRef rule{p, r};
      if (f.any_node || f.document) document_.push_back(rule);
      if (f.any_node || f.any_element) any_element_.push_back(rule);
      if (f.any_node || f.any_attribute) any_attribute_.push_back(rule);
      if (f.any_node || f.text) text_.push_back(rule);
      if (f.any_node || f.comment) comment_.push_back(rule);
      if (f.any_node || f.processing_instruction) pi_.push_back(rule);
      if (f.any_node) continue;
      add_names(f.element_names, rule, elements_);
      add_names(f.attribute_names, rule, attributes_);
    }
  }
  add_unnamed(any_element_, elements_);
  add_unnamed(any_attribute_, attributes_);
}

std::span<const RuleRef> RuleIndex::candidates(xdm::NodeKind kind,
                                               std::string_view local_name) const {
  auto named = [&](const Names& names, const std::vector<RuleRef>& unnamed) {
    auto it = names.find(local_name);
    return std::span<const RuleRef>(it != names.end() ? it->second : unnamed);
  };
  switch (kind) {
    case xdm::NodeKind::kDocument:
      return document_;
    case xdm::NodeKind::kElement:
      return named(elements_, any_element_);
    case xdm::NodeKind::kAttribute:
      return named(attributes_, any_attribute_);
    case xdm::NodeKind::kText:
      return text_;
    case xdm::NodeKind::kComment:
      return comment_;
    case xdm::NodeKind::kProcessingInstruction:
      return pi_;
    case xdm::NodeKind::kNamespace:
      break;
  }
  return {};
}

}  // namespace konform::schematron
