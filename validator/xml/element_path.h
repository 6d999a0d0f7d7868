// Tracks the path of the current element while a document streams by, in the canonical form of
// fn:path (XPath F&O 3.0 §14.5.4) that Saxon writes and the reference results use:
// `/Q{ns}local[n]/Q{ns}child[m]`, n counting preceding siblings with the same expanded name.
#pragma once

#include <xercesc/util/XercesDefs.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace konform::xml {

class ElementPath {
 public:
  void clear() {
    depth_ = 0;
    root_counts_used_ = 0;
    ++document_;
  }
  void push(const XMLCh* namespace_uri, const XMLCh* local_name);
  void pop() {
    if (depth_ > 0) --depth_;
  }
  int depth() const { return static_cast<int>(depth_); }
  /// The current element's path ("" outside the root element).
  std::string to_string() const;
  /// The current element's local name, UTF-8 ("" outside the root element).
  std::string local_name() const;

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
    std::u16string expanded_name;  // "{ns}local", for paths
    // The key for sibling positions, in the order that makes a mismatch cheap: namespaces are
    // long and shared by most siblings, local names short and different. Xerces-C passes each
    // namespace URI as the same pointer for the whole parse, so that part is mostly a pointer
    // comparison.
    std::u16string local_name;
    const XMLCh* namespace_source = nullptr;
    std::size_t namespace_length = 0;  // the namespace is expanded_name[1, 1 + this)
    int count = 0;
    int first_line = 0;
    int first_column = 0;
    std::uint64_t document = 0;  // which document's namespace pointer namespace_source is
  };
  struct Frame {
    int position = 1;
    std::size_t counted_in = 0;  // this element's entry in its parent's counts (holds its name)
    std::vector<ChildCount> child_counts;
    std::size_t child_counts_used = 0;
  };
  // Frames and counts are reused, not freed: entries past depth_ (and past *_used) keep their
  // strings' capacity, so a document's elements cost no allocation once the path is warm. This
  // runs for every element of every message (it was 7 % of a batch of small messages).
  std::vector<ChildCount>& counts_of_parent(std::size_t depth, std::size_t*& used);
  const std::vector<ChildCount>& counts_of_parent(std::size_t depth) const;
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  std::vector<ChildCount> root_counts_;
  std::size_t root_counts_used_ = 0;
  /// Counts documents: Xerces-C's namespace pointers are only stable within one.
  std::uint64_t document_ = 0;
};

}  // namespace konform::xml
