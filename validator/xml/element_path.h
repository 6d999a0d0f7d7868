// Tracks the path of the current element while a document streams by, in the canonical form of
// fn:path (XPath F&O 3.0 §14.5.4) that Saxon writes and the reference results use:
// `/Q{ns}local[n]/Q{ns}child[m]`, n counting preceding siblings with the same expanded name.
#pragma once

#include <xercesc/util/XercesDefs.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace konform::xml {

class ElementPath {
 public:
  void clear() {
    frames_.clear();
    root_counts_.clear();
  }
  void push(const XMLCh* namespace_uri, const XMLCh* local_name);
  void pop();
  int depth() const { return static_cast<int>(frames_.size()); }
  /// The current element's path ("" outside the root element).
  std::string to_string() const;

  /// Where the first child of the current element with this local name started, and its path.
  /// Xerces reports a content-model error at the parent's end tag; this lets the finding point at
  /// the offending child instead.
  struct Child {
    int line = 0;
    int column = 0;
    std::string path;
  };
  std::optional<Child> first_child_named(std::u16string_view local_name) const;

  /// Records where the element just pushed started (call right after push()).
  void set_start(int line, int column);

 private:
  struct ChildCount {
    std::u16string expanded_name;  // "{ns}local", the key for sibling positions
    int count = 0;
    int first_line = 0;
    int first_column = 0;
  };
  struct Frame {
    std::u16string expanded_name;
    int position = 1;
    std::vector<ChildCount> child_counts;
  };
  std::vector<Frame> frames_;
  std::vector<ChildCount> root_counts_;
};

}  // namespace konform::xml
