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
#include <unordered_map>
#include <utility>
#include <vector>

namespace konform::xml {

class ElementPath {
 public:
  void clear() {
    depth_ = 0;
    root_children_.restart();
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

  /// Sibling names compared or hashed so far by push(): the work of finding an element's name
  /// among its preceding siblings' names, which a document with many distinct names must not
  /// make quadratic.
  std::uint64_t sibling_name_lookups() const { return sibling_name_lookups_; }

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
  /// The distinct names among one element's children so far, in order of first appearance.
  struct SiblingNames {
    std::vector<ChildCount> names;
    std::size_t used = 0;
    /// Index into names by expanded name, kept once used passes kLinearSearchLimit: a hostile
    /// document with 80,000 distinct child names made the linear search 105 s of XSD validation.
    std::unordered_map<std::u16string, std::size_t> by_expanded_name;
    void restart() {
      used = 0;
      if (!by_expanded_name.empty()) by_expanded_name.clear();
    }
  };
  /// Up to this many distinct sibling names are searched linearly: real elements have few
  /// distinct child names (a UBL Invoice root has about 30), and that avoids a hash per element.
  static constexpr std::size_t kLinearSearchLimit = 32;
  struct Frame {
    int position = 1;
    std::size_t counted_in = 0;  // this element's entry in its parent's names (holds its name)
    SiblingNames children;
  };
  // Frames and names are reused, not freed: entries past depth_ (and past used) keep their
  // strings' capacity, so a document's elements cost no allocation once the path is warm. This
  // runs for every element of every message (it was 7 % of a batch of small messages).
  SiblingNames& children_of(std::size_t depth);
  const SiblingNames& children_of(std::size_t depth) const;
  /// The index of the name in siblings.names[0, used), or used when it is new.
  /// measured_uri caches the namespace's text, measured only when a pointer cannot decide.
  std::size_t find_sibling(SiblingNames& siblings, const XMLCh* namespace_uri,
                           std::u16string_view local,
                           std::optional<std::u16string_view>& measured_uri);
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  SiblingNames root_children_;
  std::u16string lookup_key_;  ///< find_sibling's "{ns}local" key, reused
  std::uint64_t sibling_name_lookups_ = 0;
  /// Counts documents: Xerces-C's namespace pointers are only stable within one.
  std::uint64_t document_ = 0;
};

}  // namespace konform::xml
