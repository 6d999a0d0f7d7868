#include "validator/xdm/document.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace konform::xdm {

bool NodeRef::operator<(const NodeRef& other) const {
  if (doc != other.doc) {
    if (doc == nullptr || other.doc == nullptr) return doc == nullptr;
    return doc->id() < other.doc->id();
  }
  if (index != other.index) return index < other.index;
  return ns_slot < other.ns_slot;
}

NodeIndex Document::attributes_end(NodeIndex n) const {
  return kind(n) == NodeKind::kElement ? nodes_[n].a : n + 1;
}

NodeIndex Document::first_child(NodeIndex n) const {
  NodeKind k = kind(n);
  if (k != NodeKind::kElement && k != NodeKind::kDocument) return kNoNode;
  NodeIndex c = nodes_[n].a;
  return c < nodes_[n].end ? c : kNoNode;
}

NodeIndex Document::last_child(NodeIndex n) const {
  NodeIndex c = first_child(n);
  if (c == kNoNode) return kNoNode;
  for (NodeIndex next = next_sibling(c); next != kNoNode; next = next_sibling(c)) c = next;
  return c;
}

NodeIndex Document::next_sibling(NodeIndex n) const {
  NodeIndex p = nodes_[n].parent;
  if (p == kNoNode || kind(n) == NodeKind::kAttribute) return kNoNode;
  NodeIndex next = nodes_[n].end;
  return next < nodes_[p].end ? next : kNoNode;
}

NodeIndex Document::previous_sibling(NodeIndex n) const {
  NodeIndex p = nodes_[n].parent;
  if (p == kNoNode || kind(n) == NodeKind::kAttribute) return kNoNode;
  if (n == nodes_[p].a) return kNoNode;
  // n - 1 is the previous sibling or one of its descendants: climb to the child of p.
  NodeIndex s = n - 1;
  while (nodes_[s].parent != p) s = nodes_[s].parent;
  return s;
}

std::string_view Document::local_name(NodeIndex n) const {
  NodeKind k = kind(n);
  if (k != NodeKind::kElement && k != NodeKind::kAttribute && k != NodeKind::kProcessingInstruction)
    return {};
  return str(names_[name_id(n)].local);
}

std::string_view Document::namespace_uri(NodeIndex n) const {
  NodeKind k = kind(n);
  if (k != NodeKind::kElement && k != NodeKind::kAttribute) return {};
  return str(names_[name_id(n)].ns);
}

std::string_view Document::prefix(NodeIndex n) const {
  NodeKind k = kind(n);
  if (k != NodeKind::kElement && k != NodeKind::kAttribute) return {};
  return str(names_[name_id(n)].prefix);
}

std::uint64_t expanded_name_hash(std::string_view namespace_uri, std::string_view local_name) {
  const std::hash<std::string_view> hash;
  return hash(local_name) * 0x9e3779b97f4a7c15u ^ hash(namespace_uri);
}

NameCode Document::find_name_code(std::string_view namespace_uri,
                                  std::string_view local_name) const {
  return find_name_code(expanded_name_hash(namespace_uri, local_name), namespace_uri, local_name);
}

static_assert(IdTable::kAbsent == kNoNameCode, "a name the table lacks has no code");

NameCode Document::find_name_code(std::uint64_t hash, std::string_view namespace_uri,
                                  std::string_view local_name) const {
  return codes_by_hash_.find(hash, [&](NameCode code) {
    const ExpandedName& e = expanded_names_[code];
    return str(e.local) == local_name && str(e.ns) == namespace_uri;
  });
}

void Document::index_expanded_names() {
  codes_by_hash_.clear();
  for (NameCode code = 0; code < expanded_names_.size(); ++code) {
    const ExpandedName& e = expanded_names_[code];
    codes_by_hash_.insert(expanded_name_hash(str(e.ns), str(e.local)), code);
  }
}

std::span<const NodeIndex> Document::elements_named(NameCode code) const {
  if (code == kNoNameCode || code + 1 >= element_index_begin_.size()) return {};
  return std::span<const NodeIndex>(element_index_)
      .subspan(element_index_begin_[code],
               element_index_begin_[code + 1] - element_index_begin_[code]);
}

std::span<const NodeIndex> Document::attributes_named(NameCode code) const {
  std::call_once(attribute_index_->built, [this] { build_attribute_index(); });
  const AttributeIndex& index = *attribute_index_;
  if (code == kNoNameCode || code + 1 >= index.begin.size()) return {};
  return std::span<const NodeIndex>(index.nodes)
      .subspan(index.begin[code], index.begin[code + 1] - index.begin[code]);
}

void Document::build_attribute_index() const {
  index_by_name(NodeKind::kAttribute, attribute_index_->begin, attribute_index_->nodes);
}

void Document::index_by_name(NodeKind node_kind, std::vector<NodeIndex>& begin,
                             std::vector<NodeIndex>& nodes) const {
  const std::size_t codes = expanded_names_.size();
  begin.assign(codes + 1, 0);
  for (NodeIndex n = 0; n < size(); ++n) {
    if (kind(n) == node_kind) ++begin[name_code(n) + 1];
  }
  for (std::size_t c = 0; c < codes; ++c) begin[c + 1] += begin[c];
  nodes.resize(begin[codes]);
  std::vector<NodeIndex> next(begin.begin(), begin.end() - 1);
  for (NodeIndex n = 0; n < size(); ++n) {
    if (kind(n) == node_kind) nodes[next[name_code(n)]++] = n;
  }
}

std::string_view Document::value(NodeIndex n) const {
  NodeKind k = kind(n);
  if (k == NodeKind::kElement || k == NodeKind::kDocument) return {};
  return str(StrRef{nodes_[n].a, nodes_[n].b});
}

void Document::append_string_value(NodeIndex n, std::string& out) const {
  NodeKind k = kind(n);
  if (k != NodeKind::kElement && k != NodeKind::kDocument) {
    out.append(value(n));
    return;
  }
  for (NodeIndex i = n + 1, end = nodes_[n].end; i < end; ++i) {
    if (kind(i) == NodeKind::kText) out.append(value(i));
  }
}

std::string_view Document::string_value_view(NodeIndex n, std::string& spill) const {
  NodeKind k = kind(n);
  if (k != NodeKind::kElement && k != NodeKind::kDocument) return value(n);
  NodeIndex first_text = kNoNode;
  for (NodeIndex i = n + 1, end = nodes_[n].end; i < end; ++i) {
    if (kind(i) != NodeKind::kText) continue;
    if (first_text != kNoNode) {
      spill.clear();
      append_string_value(n, spill);
      return spill;
    }
    first_text = i;
  }
  return first_text == kNoNode ? std::string_view() : value(first_text);
}

std::string Document::string_value(NodeIndex n) const {
  std::string out;
  append_string_value(n, out);
  return out;
}

std::size_t Document::namespace_count(NodeIndex element) const {
  if (kind(element) != NodeKind::kElement) return 0;
  return ns_sets_[nodes_[element].b].count;
}

NamespaceBinding Document::namespace_at(NodeIndex element, std::size_t i) const {
  const NsRec& r = ns_records_[ns_sets_[nodes_[element].b].begin + i];
  return NamespaceBinding{str(r.prefix), str(r.uri)};
}

std::vector<NamespaceBinding> Document::in_scope_namespaces(NodeIndex n) const {
  std::vector<NamespaceBinding> out;
  std::size_t count = namespace_count(n);
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) out.push_back(namespace_at(n, i));
  return out;
}

std::size_t Document::memory_bytes() const {
  return sizeof(*this) + nodes_.capacity() * sizeof(Node) + names_.capacity() * sizeof(QNameRec) +
         expanded_names_.capacity() * sizeof(ExpandedName) + codes_by_hash_.memory_bytes() +
         (element_index_begin_.capacity() + element_index_.capacity()) * sizeof(NodeIndex) +
         ns_records_.capacity() * sizeof(NsRec) + ns_sets_.capacity() * sizeof(NsSet) +
         arena_.capacity() + base_uri_.capacity();
}

}  // namespace konform::xdm
