// Node tests (name tests and kind tests) and sequence types (`xs:integer?`, `element(a)*`,
// `item()+`, `empty-sequence()`), as used by axis steps, `instance of`, `treat as` and the
// declared parameter types of user functions. Non-schema-aware: every element is xs:untyped and
// every attribute xs:untypedAtomic, so element(N, T) matches only for T = xs:anyType/xs:untyped.
#pragma once

#include <memory>
#include <string>

#include "validator/xdm/document.h"
#include "validator/xpath/atomic_type.h"
#include "validator/xpath/name_codes.h"
#include "validator/xpath/value.h"

namespace konform::xpath {

struct NodeTest {
  enum class Kind {
    kName,  // name test; the principal node kind comes from the axis
    kAnyNode,
    kText,
    kComment,
    kProcessingInstruction,
    kDocument,
    kElement,
    kAttribute,
  };
  Kind kind = Kind::kAnyNode;
  // Name part (kName, kElement, kAttribute; PI target in `local`). Empty optional-like flags:
  bool has_name = false;   // kElement/kAttribute/kProcessingInstruction with a name
  bool any_ns = false;     // *:local or *
  bool any_local = false;  // p:* or *
  std::string ns;
  std::string local;
  bool matches_nothing = false;                // element(N, T) with a type no untyped node has
  std::shared_ptr<NodeTest> document_element;  // document-node(element(...))
  /// kName with a whole name (no wildcard): its slot in the name-code caches (name_codes.h).
  std::uint32_t name_slot = kNoNameSlot;

  bool name_matches(const xdm::Document& d, xdm::NodeIndex n) const {
    if (!has_name) return true;
    if (!any_local && d.local_name(n) != local) return false;
    return any_ns || d.namespace_uri(n) == ns;
  }
  /// `principal` is the axis's principal node kind (element, attribute or namespace).
  bool matches(xdm::NodeRef node, xdm::NodeKind principal) const;
};

struct ItemType {
  enum class Kind { kItem, kAtomic, kNode };
  Kind kind = Kind::kItem;
  AtomicType atomic = AtomicType::kAnyAtomic;
  NodeTest node;

  bool matches(const Item& item) const;
};

struct SequenceType {
  bool empty_sequence = false;  // empty-sequence()
  ItemType item;
  char occurrence = '\0';  // '\0' exactly one, '?', '*', '+'

  bool matches(const Sequence& value) const;
  bool allows_empty() const { return empty_sequence || occurrence == '?' || occurrence == '*'; }
  bool allows_many() const { return occurrence == '*' || occurrence == '+'; }
  /// A value of this type is never a number, so as a predicate it is a boolean test.
  bool never_numeric() const;
};

}  // namespace konform::xpath
