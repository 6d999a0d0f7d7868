#include "validator/xml/element_path.h"

#include "validator/xml/utf.h"

namespace konform::xml {

void ElementPath::push(const XMLCh* namespace_uri, const XMLCh* local_name) {
  std::u16string name;
  name.push_back(u'{');
  if (namespace_uri != nullptr) name += namespace_uri;
  name.push_back(u'}');
  if (local_name != nullptr) name += local_name;
  auto& counts = frames_.empty() ? root_counts_ : frames_.back().child_counts;
  int position = 1;
  bool found = false;
  // Linear search: elements have few distinct child names, and this avoids a hash per element.
  for (auto& child : counts) {
    if (child.expanded_name == name) {
      position = ++child.count;
      found = true;
      break;
    }
  }
  if (!found) counts.push_back(ChildCount{name, 1, 0, 0});
  frames_.push_back(Frame{std::move(name), position, {}});
}

void ElementPath::pop() {
  if (!frames_.empty()) frames_.pop_back();
}

void ElementPath::set_start(int line, int column) {
  auto& counts = frames_.size() < 2 ? root_counts_ : frames_[frames_.size() - 2].child_counts;
  for (auto& child : counts) {
    if (child.expanded_name == frames_.back().expanded_name && child.count == 1) {
      child.first_line = line;
      child.first_column = column;
    }
  }
}

std::optional<ElementPath::Child> ElementPath::first_child_named(
    std::u16string_view local_name) const {
  if (frames_.empty()) return std::nullopt;
  for (const auto& child : frames_.back().child_counts) {
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

std::string ElementPath::to_string() const {
  std::string out;
  for (const auto& frame : frames_) {
    out += "/Q";
    append_utf8(frame.expanded_name.data(), frame.expanded_name.size(), out);
    out += '[' + std::to_string(frame.position) + ']';
  }
  return out;
}

}  // namespace konform::xml
