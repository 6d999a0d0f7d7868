#include "validator/xpath/sequence_type.h"

namespace konform::xpath {

using xdm::NodeKind;

bool NodeTest::matches(xdm::NodeRef node, NodeKind principal) const {
  if (matches_nothing) return false;
  NodeKind k = node.kind();
  const xdm::Document& d = *node.doc;
  switch (kind) {
    case Kind::kAnyNode:
      return true;
    case Kind::kName:
      if (k != principal) return false;
      if (k == NodeKind::kNamespace) {
        if (any_local) return !has_name || any_ns || ns.empty();
        return ns.empty() && d.namespace_at(node.index, node.ns_slot - 1).prefix == local;
      }
      return name_matches(d, node.index);
    case Kind::kText:
      return k == NodeKind::kText;
    case Kind::kComment:
      return k == NodeKind::kComment;
    case Kind::kProcessingInstruction:
      return k == NodeKind::kProcessingInstruction &&
             (!has_name || d.local_name(node.index) == local);
    case Kind::kDocument:
      if (k != NodeKind::kDocument) return false;
      if (document_element) {
        int elements = 0;
        bool ok = false;
        for (xdm::NodeIndex c = d.first_child(node.index); c != xdm::kNoNode;
             c = d.next_sibling(c)) {
          if (d.kind(c) == NodeKind::kElement) {
            ++elements;
            ok = document_element->matches(d.ref(c), NodeKind::kElement);
          } else if (d.kind(c) == NodeKind::kText) {
            return false;
          }
        }
        return elements == 1 && ok;
      }
      return true;
    case Kind::kElement:
      return k == NodeKind::kElement && name_matches(d, node.index);
    case Kind::kAttribute:
      return k == NodeKind::kAttribute && name_matches(d, node.index);
  }
  return false;
}

bool ItemType::matches(const Item& item) const {
  switch (kind) {
    case Kind::kItem:
      return true;
    case Kind::kAtomic:
      return item.is_atomic() && derives_from(item.atomic().type(), atomic);
    case Kind::kNode:
      return item.is_node() && node.matches(item.node(), xdm::NodeKind::kElement);
  }
  return false;
}

bool SequenceType::never_numeric() const {
  return empty_sequence || item.kind == ItemType::Kind::kNode ||
         (item.kind == ItemType::Kind::kAtomic && xpath::never_numeric(item.atomic));
}

bool SequenceType::matches(const Sequence& value) const {
  if (empty_sequence) return value.empty();
  if (value.empty()) return allows_empty();
  if (value.size() > 1 && !allows_many()) return false;
  for (const Item& i : value) {
    if (!item.matches(i)) return false;
  }
  return true;
}

}  // namespace konform::xpath
