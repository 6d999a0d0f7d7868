// An immutable XPath Data Model (XDM) document: document, element, attribute, text, comment and
// processing-instruction nodes stored as compact records in one flat array, in document order, so
// a node's index *is* its document-order position and node identity is (document, index).
// Attributes of an element directly follow it; its children follow the attributes; every node
// knows the end of its subtree, so descendants are the contiguous range (n, subtree_end(n)).
// Namespace nodes are not stored: they are addressed as (element, slot) views onto the element's
// in-scope namespace set, which is shared between elements that declare nothing new.
// All strings live in one arena. Build documents with TreeBuilder (tree_builder.h).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "validator/input/xml_event_sink.h"
#include "validator/xdm/id_table.h"
#include "validator/xdm/pod_buffer.h"

namespace konform::xdm {

enum class NodeKind : std::uint8_t {
  kDocument,
  kElement,
  kAttribute,
  kText,
  kComment,
  kProcessingInstruction,
  kNamespace,
};

using NodeIndex = std::uint32_t;
inline constexpr NodeIndex kNoNode = 0xffffffffu;
/// A document's code for an expanded name (namespace URI + local name, prefix ignored).
using NameCode = std::uint32_t;
inline constexpr NameCode kNoNameCode = 0xffffffffu;

class Document;

/// The hash under which a document files the expanded name {namespace_uri}local_name, for
/// Document::find_name_code: a caller that looks one name up in many documents hashes it once.
std::uint64_t expanded_name_hash(std::string_view namespace_uri, std::string_view local_name);

/// A reference to one node. For namespace nodes `index` is the owning element and `ns_slot` is
/// 1 + the position in the element's in-scope namespace list; for every other node ns_slot is 0.
/// Equality is node identity; operator< is document order (across documents: by document id).
struct NodeRef {
  const Document* doc = nullptr;
  NodeIndex index = 0;
  std::uint32_t ns_slot = 0;

  NodeKind kind() const;
  bool operator==(const NodeRef& other) const {
    return doc == other.doc && index == other.index && ns_slot == other.ns_slot;
  }
  bool operator<(const NodeRef& other) const;
};

/// One in-scope namespace binding; the default namespace has an empty prefix.
struct NamespaceBinding {
  std::string_view prefix;
  std::string_view uri;
};

class Document {
 public:
  /// Process-unique, increasing id; orders nodes of different documents stably.
  std::uint64_t id() const { return id_; }
  std::size_t size() const { return nodes_.size(); }
  NodeRef root() const { return NodeRef{this, 0, 0}; }
  NodeRef ref(NodeIndex n) const { return NodeRef{this, n, 0}; }

  NodeKind kind(NodeIndex n) const { return static_cast<NodeKind>(nodes_[n].kind_name >> 29); }
  /// kNoNode for the document node.
  NodeIndex parent(NodeIndex n) const { return nodes_[n].parent; }
  /// One past the last descendant (n + 1 for leaves, attributes included in an element's range).
  NodeIndex subtree_end(NodeIndex n) const { return nodes_[n].end; }
  /// Attributes of element n are the indices [n + 1, attributes_end(n)).
  NodeIndex attributes_end(NodeIndex n) const;
  NodeIndex first_child(NodeIndex n) const;
  NodeIndex last_child(NodeIndex n) const;
  NodeIndex next_sibling(NodeIndex n) const;
  NodeIndex previous_sibling(NodeIndex n) const;

  /// Names of elements, attributes (PI: target in local_name); empty for other kinds.
  std::string_view local_name(NodeIndex n) const;
  std::string_view namespace_uri(NodeIndex n) const;
  std::string_view prefix(NodeIndex n) const;
  /// The expanded-name code of element or attribute n: two nodes of this document have the same
  /// code exactly when they have the same namespace URI and local name, so a name test is one
  /// integer compare (other kinds: the code of the empty name).
  NameCode name_code(NodeIndex n) const { return names_[name_id(n)].code; }
  /// The id of node n's lexical name (prefix, namespace URI, local name; PI: target): nodes
  /// with the same id have the same name(), local-name() and namespace-uri(). Ids are dense,
  /// below name_id_count(); text, comment and document nodes have the id of the empty name.
  std::uint32_t name_id_of(NodeIndex n) const { return name_id(n); }
  std::size_t name_id_count() const { return names_.size(); }
  /// The code of {namespace_uri}local_name in this document; kNoNameCode when no element or
  /// attribute of it has that name.
  NameCode find_name_code(std::string_view namespace_uri, std::string_view local_name) const;
  /// The same, for a name whose expanded_name_hash the caller knows: one probe of a hash table.
  NameCode find_name_code(std::uint64_t hash, std::string_view namespace_uri,
                          std::string_view local_name) const;
  /// The elements with expanded-name code `code`, in document order (empty for kNoNameCode), so
  /// descendant::name is a range of this list instead of a walk of the subtree.
  std::span<const NodeIndex> elements_named(NameCode code) const;
  /// The attributes with expanded-name code `code`, in document order (empty for kNoNameCode),
  /// so `//@name` is a range of this list instead of a walk of the document. Built on the first
  /// call (thread-safe): most rule sets never ask, and it costs a pass over the nodes.
  std::span<const NodeIndex> attributes_named(NameCode code) const;
  /// The stored value of attribute, text, comment and PI nodes; empty for others.
  std::string_view value(NodeIndex n) const;
  /// XDM string-value (concatenated descendant text for documents and elements).
  std::string string_value(NodeIndex n) const;
  void append_string_value(NodeIndex n, std::string& out) const;
  /// The string-value as a view: into this document when it is one stored run (an attribute, a
  /// text node, an element with at most one text node below it), so reading it copies nothing;
  /// otherwise built in `spill`, and a view of that. Valid while both live.
  std::string_view string_value_view(NodeIndex n, std::string& spill) const;
  TextPosition position(NodeIndex n) const { return {nodes_[n].line, nodes_[n].column}; }

  /// In-scope namespaces of element n (always includes the xml prefix).
  std::vector<NamespaceBinding> in_scope_namespaces(NodeIndex n) const;
  std::size_t namespace_count(NodeIndex element) const;
  NamespaceBinding namespace_at(NodeIndex element, std::size_t i) const;

  const std::string& base_uri() const { return base_uri_; }

  /// Approximate heap bytes held by this document.
  std::size_t memory_bytes() const;

 private:
  friend class TreeBuilder;
  struct StrRef {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
  };
  struct QNameRec {
    StrRef ns, local, prefix;
    NameCode code;
  };
  struct ExpandedName {
    StrRef ns, local;
  };
  // Element: a = index of first child (= attributes end), b = namespace-set id.
  // Attribute/text/comment/PI: (a, b) = value in the arena.
  struct Node {
    std::uint32_t kind_name;  // kind << 29 | name id
    NodeIndex parent;
    NodeIndex end;
    std::uint32_t a;
    std::uint32_t b;
    std::int32_t line;
    std::int32_t column;
  };
  struct NsRec {
    StrRef prefix, uri;
  };
  struct NsSet {
    std::uint32_t begin, count;
  };

  std::string_view str(StrRef r) const {
    return r.length == 0 ? std::string_view()
                         : std::string_view(arena_.data() + r.offset, r.length);
  }
  std::uint32_t name_id(NodeIndex n) const { return nodes_[n].kind_name & 0x1fffffffu; }

  std::uint64_t id_ = 0;
  PodBuffer<Node> nodes_;
  std::vector<QNameRec> names_;
  std::vector<ExpandedName> expanded_names_;  // by code
  IdTable codes_by_hash_;                     // codes by expanded_name_hash
  // elements_named(c) = element_index_[element_index_begin_[c], element_index_begin_[c + 1]).
  std::vector<NodeIndex> element_index_begin_;
  std::vector<NodeIndex> element_index_;
  // attributes_named(c), laid out like the element index; filled once, on first use.
  struct AttributeIndex {
    std::once_flag built;
    std::vector<NodeIndex> begin;
    std::vector<NodeIndex> nodes;
  };
  void build_attribute_index() const;
  /// Files every expanded name's code under its hash (find_name_code); once the tree is built.
  void index_expanded_names();
  /// The nodes of `kind` sorted by name code, in document order within a code (a counting
  /// sort): the nodes named c are nodes[begin[c], begin[c + 1]).
  void index_by_name(NodeKind kind, std::vector<NodeIndex>& begin,
                     std::vector<NodeIndex>& nodes) const;
  std::unique_ptr<AttributeIndex> attribute_index_ = std::make_unique<AttributeIndex>();
  std::vector<NsRec> ns_records_;
  std::vector<NsSet> ns_sets_;
  PodBuffer<char> arena_;
  std::string base_uri_;
};

inline NodeKind NodeRef::kind() const {
  return ns_slot != 0 ? NodeKind::kNamespace : doc->kind(index);
}

}  // namespace konform::xdm
