// NodeFilter: which nodes a rule context (an XSLT match pattern) can possibly match, derived from
// the node test of the last step of each alternative (`a/b/cbc:ID[@x]` can only match elements
// named ID; `@schemeID` only attributes named schemeID; `/` only the document node). The runner
// uses it to skip rules without evaluating their pattern. It is conservative: anything the
// analysis does not understand (function-rooted steps, XSLT 3.0 forms) makes the filter accept
// every node, which is always correct, only slower.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "validator/xdm/document.h"

namespace konform::schematron {

struct NodeFilter {
  bool any_node = false;  // analysis gave up: test the pattern on every node
  bool document = false;
  bool any_element = false;
  bool any_attribute = false;
  bool text = false;
  bool comment = false;
  bool processing_instruction = false;
  std::vector<std::string> element_names;    // local names (any namespace)
  std::vector<std::string> attribute_names;  // local names (any namespace)

  /// Whether a node of this kind and local name may match.
  bool accepts(xdm::NodeKind kind, std::string_view local_name) const;
  /// Whether every node of this kind may match, whatever its name.
  bool accepts_every(xdm::NodeKind kind) const;
  /// The local names the filter lists for elements or attributes (none for other kinds).
  const std::vector<std::string>& names_of(xdm::NodeKind kind) const;
  bool may_match_attributes() const {
    return any_node || any_attribute || !attribute_names.empty();
  }
};

/// Analyses the text of an XSLT pattern. Never throws: a pattern it cannot read yields any_node.
NodeFilter analyse_pattern(std::string_view pattern);

}  // namespace konform::schematron
