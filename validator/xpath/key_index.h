// xsl:key support: a key definition (match pattern + use expression) and the per-document index
// that fn:key() consults. Indexes are built lazily, once per (key, document), and cached in the
// DynamicContext, and so are the node sets of XSLT 3.0-style patterns that are not plain step
// paths (e.g. `(/a | /b)[$flag]`): those are evaluated once per document and DynamicContext, so
// variables they reference must not change during the DynamicContext's life. Keys compare as
// strings of the atomized use values (so a numeric key 1 and "1.0" do not match; the corpus keys
// are strings).
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "validator/xpath/ast.h"
#include "validator/xpath/xpath.h"

namespace konform::xpath {

struct KeyDefinition {
  std::uint64_t id = 0;  // process-unique (cache key)
  std::string name;
  Pattern match;
  ExprPtr use;
  std::size_t frame_size = 0;
};

class KeyCache {
 public:
  using Index = std::unordered_map<std::string, std::vector<xdm::NodeRef>>;
  /// The index of `key` over the document of `node` (built on first use).
  const Index& index(const KeyDefinition& key, const xdm::Document& doc, EvalContext& c);
  /// Nodes of `doc` that a general (non-step) pattern selects, computed once by `compute`.
  const std::vector<xdm::NodeRef>& pattern_nodes(
      std::uint64_t pattern_id, const xdm::Document& doc,
      const std::function<std::vector<xdm::NodeRef>()>& compute);

 private:
  std::recursive_mutex mutex_;
  std::map<std::pair<std::uint64_t, std::uint64_t>, Index> indexes_;
  std::map<std::pair<std::uint64_t, std::uint64_t>, std::vector<xdm::NodeRef>> patterns_;
};

}  // namespace konform::xpath
