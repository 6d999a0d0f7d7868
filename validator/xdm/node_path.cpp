#include "validator/xdm/node_path.h"

#include <vector>

namespace konform::xdm {
namespace {

bool same_name(const Document& d, NodeIndex a, NodeIndex b) {
  return d.local_name(a) == d.local_name(b) && d.namespace_uri(a) == d.namespace_uri(b);
}

// 1-based position of n among its preceding siblings that `same` accepts.
template <typename Same>
std::size_t position_among_siblings(const Document& d, NodeIndex n, Same same) {
  std::size_t position = 1;
  for (NodeIndex s = d.previous_sibling(n); s != kNoNode; s = d.previous_sibling(s)) {
    if (same(s)) ++position;
  }
  return position;
}

std::string step(const Document& d, NodeRef node) {
  NodeIndex n = node.index;
  switch (node.kind()) {
    case NodeKind::kDocument:
      return {};
    case NodeKind::kElement: {
      std::size_t p = position_among_siblings(
          d, n, [&](NodeIndex s) { return d.kind(s) == NodeKind::kElement && same_name(d, s, n); });
      return "Q{" + std::string(d.namespace_uri(n)) + "}" + std::string(d.local_name(n)) + "[" +
             std::to_string(p) + "]";
    }
    case NodeKind::kAttribute:
      if (d.namespace_uri(n).empty()) return "@" + std::string(d.local_name(n));
      return "@Q{" + std::string(d.namespace_uri(n)) + "}" + std::string(d.local_name(n));
    case NodeKind::kText:
      return "text()[" +
             std::to_string(position_among_siblings(
                 d, n, [&](NodeIndex s) { return d.kind(s) == NodeKind::kText; })) +
             "]";
    case NodeKind::kComment:
      return "comment()[" +
             std::to_string(position_among_siblings(
                 d, n, [&](NodeIndex s) { return d.kind(s) == NodeKind::kComment; })) +
             "]";
    case NodeKind::kProcessingInstruction:
      return "processing-instruction(" + std::string(d.local_name(n)) + ")[" +
             std::to_string(position_among_siblings(d, n,
                                                    [&](NodeIndex s) {
                                                      return d.kind(s) ==
                                                                 NodeKind::kProcessingInstruction &&
                                                             d.local_name(s) == d.local_name(n);
                                                    })) +
             "]";
    case NodeKind::kNamespace: {
      std::string_view prefix = d.namespace_at(n, node.ns_slot - 1).prefix;
      if (prefix.empty())
        return "namespace::*[Q{http://www.w3.org/2005/xpath-functions}local-name()=\"\"]";
      return "namespace::" + std::string(prefix);
    }
  }
  return {};
}

}  // namespace

std::string node_path(NodeRef node) {
  if (node.doc == nullptr) return {};
  const Document& d = *node.doc;
  std::vector<std::string> steps;
  NodeRef current = node;
  while (true) {
    if (current.kind() == NodeKind::kDocument) break;
    steps.push_back(step(d, current));
    NodeIndex parent = current.ns_slot != 0 ? current.index : d.parent(current.index);
    if (parent == kNoNode) break;
    current = d.ref(parent);
  }
  if (steps.empty()) return "/";
  std::string out;
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) out += "/" + *it;
  return out;
}

}  // namespace konform::xdm
