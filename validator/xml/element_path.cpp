#include "validator/xml/element_path.h"

#include "validator/xml/utf.h"

namespace konform::xml {

namespace {

std::u16string_view uri_text(const XMLCh* namespace_uri,
                             std::optional<std::u16string_view>& measured_uri) {
  if (!measured_uri) measured_uri = namespace_uri != nullptr ? namespace_uri : u"";
  return *measured_uri;
}

}  // namespace

ElementPath::SiblingNames& ElementPath::children_of(std::size_t depth) {
  return depth == 0 ? root_children_ : frames_[depth - 1].children;
}

const ElementPath::SiblingNames& ElementPath::children_of(std::size_t depth) const {
  return depth == 0 ? root_children_ : frames_[depth - 1].children;
}

std::size_t ElementPath::find_sibling(SiblingNames& siblings, const XMLCh* namespace_uri,
                                      std::u16string_view local,
                                      std::optional<std::u16string_view>& measured_uri) {
  if (siblings.used <= kLinearSearchLimit) {
    std::size_t index = 0;
    for (; index < siblings.used; ++index) {
      ++sibling_name_lookups_;
      const ChildCount& count = siblings.names[index];
      if (count.local_name != local) continue;
      if (count.namespace_source == namespace_uri) break;
      const std::u16string_view expanded = count.expanded_name;
      if (expanded.substr(1, count.namespace_length) == uri_text(namespace_uri, measured_uri)) {
        break;
      }
    }
    return index;
  }
  for (std::size_t i = siblings.by_expanded_name.size(); i < siblings.used; ++i) {
    ++sibling_name_lookups_;
    siblings.by_expanded_name.emplace(siblings.names[i].expanded_name, i);
  }
  ++sibling_name_lookups_;
  lookup_key_.assign(1, u'{');
  lookup_key_ += uri_text(namespace_uri, measured_uri);
  lookup_key_ += u'}';
  lookup_key_ += local;
  const auto found = siblings.by_expanded_name.find(lookup_key_);
  return found == siblings.by_expanded_name.end() ? siblings.used : found->second;
}

void ElementPath::push(const XMLCh* namespace_uri, const XMLCh* local_name) {
  if (depth_ == frames_.size()) frames_.emplace_back();
  Frame& frame = frames_[depth_];
  frame.children.restart();
  const std::u16string_view local = local_name != nullptr ? local_name : u"";
  // The namespace's length is measured only when a pointer comparison cannot decide: measuring a
  // long URI at every element was a quarter of this function's time.
  std::optional<std::u16string_view> measured_uri;

  SiblingNames& siblings = children_of(depth_);
  const std::size_t index = find_sibling(siblings, namespace_uri, local, measured_uri);
  std::vector<ChildCount>& counts = siblings.names;
  if (index == siblings.used) {
    if (index == counts.size()) counts.emplace_back();
    ChildCount& added = counts[index];
    // The slot is usually the same child name of the previous element at this depth (siblings
    // share a shape): then its names stand, and only the counters start again.
    const bool same_name = added.document == document_ && added.namespace_source == namespace_uri &&
                           added.local_name == local;
    if (!same_name) {
      const std::u16string_view uri = uri_text(namespace_uri, measured_uri);
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
    ++siblings.used;
  }
  frame.position = ++counts[index].count;
  frame.counted_in = index;
  ++depth_;
}

void ElementPath::set_start(int line, int column) {
  if (depth_ == 0) return;
  auto& count = children_of(depth_ - 1).names[frames_[depth_ - 1].counted_in];
  if (count.count == 1) {
    count.first_line = line;
    count.first_column = column;
  }
}

std::optional<ElementPath::Child> ElementPath::first_child_named(
    std::u16string_view local_name) const {
  if (depth_ == 0) return std::nullopt;
  const Frame& current = frames_[depth_ - 1];
  for (std::size_t i = 0; i < current.children.used; ++i) {
    const ChildCount& child = current.children.names[i];
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
      children_of(depth_ - 1).names[frames_[depth_ - 1].counted_in].local_name;
  std::string out;
  append_utf8(name.data(), name.size(), out);
  return out;
}

std::string ElementPath::to_string() const {
  std::string out;
  for (std::size_t i = 0; i < depth_; ++i) {
    const Frame& frame = frames_[i];
    const std::u16string& name = children_of(i).names[frame.counted_in].expanded_name;
    out += "/Q";
    append_utf8(name.data(), name.size(), out);
    out += '[' + std::to_string(frame.position) + ']';
  }
  return out;
}

}  // namespace konform::xml
