#include "validator/schematron/rule_index.h"

#include <algorithm>

namespace konform::schematron {

void RuleIndex::build(const std::vector<const NodeFilter*>& filters) {
  rule_count_ = filters.size();
  for (std::uint32_t i = 0; i < filters.size(); ++i) {
    const NodeFilter& f = *filters[i];
    if (f.any_node) {
      any_node_.push_back(i);
      continue;
    }
    if (f.document) document_.push_back(i);
    if (f.any_element) any_element_.push_back(i);
    if (f.any_attribute) any_attribute_.push_back(i);
    if (f.text) text_.push_back(i);
    if (f.comment) comment_.push_back(i);
    if (f.processing_instruction) pi_.push_back(i);
    for (const auto& name : f.element_names) {
      auto& list = elements_[name];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
    for (const auto& name : f.attribute_names) {
      auto& list = attributes_[name];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
}

void RuleIndex::candidates(xdm::NodeKind kind, std::string_view local_name,
                           std::vector<std::uint32_t>& out) const {
  out.clear();
  auto add = [&](const std::vector<std::uint32_t>& list) {
    out.insert(out.end(), list.begin(), list.end());
  };
  auto add_named = [&](const Names& names) {
    auto it = names.find(local_name);
    if (it != names.end()) add(it->second);
  };
  switch (kind) {
    case xdm::NodeKind::kDocument:
      add(document_);
      break;
    case xdm::NodeKind::kElement:
    case xdm::NodeKind::kAttribute: {
      const bool element = kind == xdm::NodeKind::kElement;
      add_named(element ? elements_ : attributes_);
      add(element ? any_element_ : any_attribute_);
      break;
    }
    case xdm::NodeKind::kText:
      add(text_);
      break;
    case xdm::NodeKind::kComment:
      add(comment_);
      break;
    case xdm::NodeKind::kProcessingInstruction:
      add(pi_);
      break;
    case xdm::NodeKind::kNamespace:
      return;
  }
  add(any_node_);
  if (out.size() > 1) {
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
}

}  // namespace konform::schematron
