#include "validator/xml/element_path.h"

#include "validator/xml/utf.h"

namespace konform::xml {

std::vector<ElementPath::ChildCount>& ElementPath::counts_of_parent(std::size_t depth,
                                                                    std::size_t*& used) {
  if (depth == 0) {
    used = &root_counts_used_;
    return root_counts_;
  }
  used = &frames_[depth - 1].child_counts_used;
  return frames_[depth - 1].child_counts;
}

const std::vector<ElementPath::ChildCount>& ElementPath::counts_of_parent(std::size_t depth) const {
  return depth == 0 ? root_counts_ : frames_[depth - 1].child_counts;
}

void ElementPath::push(const XMLCh* namespace_uri, const XMLCh* local_name) {
  if (depth_ == frames_.size()) frames_.emplace_back();
  Frame& frame = frames_[depth_];
  frame.child_counts_used = 0;
  const std::u16string_view local = local_name != nullptr ? local_name : u"";
  // The namespace's length is measured only when a pointer comparison cannot decide: measuring a
  // long URI at every element was a quarter of this function's time.
  std::optional<std::u16string_view> measured_uri;
  const auto uri_text = [&] {
    if (!measured_uri) measured_uri = namespace_uri != nullptr ? namespace_uri : u"";
    return *measured_uri;
  };

  std::size_t* used = nullptr;
  auto& counts = counts_of_parent(depth_, used);
  // Linear search: elements have few distinct child names, and this avoids a hash per element.
  std::size_t index = 0;
  for (; index < *used; ++index) {
    const ChildCount& count = counts[index];
    if (count.local_name != local) continue;
    if (count.namespace_source == namespace_uri) break;
    if (std::u16string_view(count.expanded_name).substr(1, count.namespace_length) == uri_text()) {
      break;
    }
  }
  if (index == *used) {
    if (index == counts.size()) counts.emplace_back();
    ChildCount& added = counts[index];
    // The slot is usually the same child name of the previous element at this depth (siblings
    // share a shape): then its names stand, and only the counters start again.
    const bool same_name = added.document == document_ && added.namespace_source == namespace_uri &&
                           added.local_name == local;
    if (!same_name) {
      const std::u16string_view uri = uri_text();
      added.expanded_name.assign(1, u'{');
      added.expanded_name += uri;
      added.expanded_name += u'}';
      added.expanded_name += local;
      added.local_name.assign(local);
      added.namespace_source = namespace_uri;
      added.namespace_length = uri.size();
      added.document = document_;
    }
    added.count = 0;
    added.first_line = added.first_column = 0;
    ++*used;
  }
  frame.position = ++counts[index].count;
  frame.counted_in = index;
  ++depth_;
}

void ElementPath::set_start(int line, int column) {
  if (depth_ == 0) return;
  std::size_t* used = nullptr;
  auto& count = counts_of_parent(depth_ - 1, used)[frames_[depth_ - 1].counted_in];
  if (count.count == 1) {
    count.first_line = line;
    count.first_column = column;
  }
}

std::optional<ElementPath::Child> ElementPath::first_child_named(
    std::u16string_view local_name) const {
  if (depth_ == 0) return std::nullopt;
  const Frame& current = frames_[depth_ - 1];
  for (std::size_t i = 0; i < current.child_counts_used; ++i) {
    const ChildCount& child = current.child_counts[i];
    std::u16string_view name = child.expanded_name;
    auto brace = name.find(u'}');
    if (brace == std::u16string_view::npos || name.substr(brace + 1) != local_name) continue;
    Child out{child.first_line, child.first_column, to_string() + "/Q"};
    append_utf8(child.expanded_name.data(), child.expanded_name.size(), out.path);
    out.path += "[1]";
    return out;
  }
  return std::nullopt;
}

std::string ElementPath::local_name() const {
  if (depth_ == 0) return {};
  const std::u16string& name =
      counts_of_parent(depth_ - 1)[frames_[depth_ - 1].counted_in].local_name;
  std::string out;
  append_utf8(name.data(), name.size(), out);
  return out;
}

std::string ElementPath::to_string() const {
  std::string out;
  for (std::size_t i = 0; i < depth_; ++i) {
    const Frame& frame = frames_[i];
    const std::u16string& name = counts_of_parent(i)[frame.counted_in].expanded_name;
    out += "/Q";
    append_utf8(name.data(), name.size(), out);
    out += '[' + std::to_string(frame.position) + ']';
  }
  return out;
}

}  // namespace konform::xml
