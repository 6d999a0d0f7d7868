#include "validator/schematron/node_filter.h"

#include <algorithm>

#include "validator/core/xml_space.h"

namespace konform::schematron {
namespace {

// Calls `on_top_level(i)` for every character index outside string literals, brackets and
// parentheses. Returns false on unbalanced input.
template <typename F>
bool scan_top_level(std::string_view s, F on_top_level) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\'' || c == '"') {
      auto end = s.find(c, i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      if (--depth < 0) return false;
    } else if (depth == 0) {
      on_top_level(i);
    }
  }
  return depth == 0;
}

bool contains_keyword(std::string_view s, std::string_view word) {
  bool found = false;
  scan_top_level(s, [&](std::size_t i) {
    if (found || s.compare(i, word.size(), word) != 0) return;
    bool before = i == 0 || is_xml_space(s[i - 1]) || s[i - 1] == ')';
    std::size_t after = i + word.size();
    bool after_ok = after < s.size() && (is_xml_space(s[after]) || s[after] == '(');
    if (before && after_ok) found = true;
  });
  return found;
}

// Removes trailing predicates `[...]` from a step.
std::string_view strip_predicates(std::string_view step) {
  step = trim_xml_space(step);
  while (!step.empty() && step.back() == ']') {
    int depth = 0;
    std::size_t i = step.size();
    while (i > 0) {
      --i;
      if (step[i] == ']') ++depth;
      if (step[i] == '[' && --depth == 0) break;
    }
    if (depth != 0) return {};
    step = trim_xml_space(step.substr(0, i));
  }
  return step;
}

std::string_view local_part(std::string_view name) {
  if (!name.empty() && name.front() == 'Q' && name.size() > 1 && name[1] == '{') {
    auto close = name.find('}');
    return close == std::string_view::npos ? std::string_view{} : name.substr(close + 1);
  }
  auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_name_test(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (c == '(' || c == ')' || c == '$' || c == '/' || c == '[' || c == ']' || c == '|' ||
        is_xml_space(c) || c == '\'' || c == '"' || c == ',' || c == '=')
      return false;
  }
  return true;
}

void add_alternative(std::string_view alternative, NodeFilter& f);

void add_union(std::string_view pattern, NodeFilter& f) {
  if (contains_keyword(pattern, "union") || contains_keyword(pattern, "intersect") ||
      contains_keyword(pattern, "except")) {
    f.any_node = true;
    return;
  }
  std::vector<std::size_t> bars;
  if (!scan_top_level(pattern, [&](std::size_t i) {
        if (pattern[i] == '|') bars.push_back(i);
      })) {
    f.any_node = true;
    return;
  }
  std::size_t start = 0;
  bars.push_back(pattern.size());
  for (std::size_t bar : bars) {
    add_alternative(pattern.substr(start, bar - start), f);
    start = bar + 1;
  }
}

void add_alternative(std::string_view alternative, NodeFilter& f) {
  alternative = trim_xml_space(alternative);
  if (alternative.empty()) {
    f.any_node = true;
    return;
  }
  if (alternative == "/") {
    f.document = true;
    return;
  }
  std::size_t last_slash = std::string_view::npos;
  if (!scan_top_level(alternative, [&](std::size_t i) {
        if (alternative[i] == '/') last_slash = i;
      })) {
    f.any_node = true;
    return;
  }
  std::string_view step =
      last_slash == std::string_view::npos ? alternative : alternative.substr(last_slash + 1);
  step = strip_predicates(step);
  if (step.empty()) {
    f.any_node = true;
    return;
  }
  if (step.front() == '(' && step.back() == ')') {  // XSLT 3.0: (/a | /b)[pred]
    if (last_slash != std::string_view::npos) {
      f.any_node = true;
      return;
    }
    add_union(step.substr(1, step.size() - 2), f);
    return;
  }
  bool attribute = false;
  if (step.rfind("attribute::", 0) == 0) {
    attribute = true;
    step = trim_xml_space(step.substr(11));
  } else if (step.front() == '@') {
    attribute = true;
    step = trim_xml_space(step.substr(1));
  } else if (step.rfind("child::", 0) == 0) {
    step = trim_xml_space(step.substr(7));
  } else if (step.find("::") != std::string_view::npos) {
    f.any_node = true;  // other axes (XSLT 3.0)
    return;
  }
  if (step == "text()") {
    if (!attribute) f.text = true;
    return;
  }
  if (step == "comment()") {
    if (!attribute) f.comment = true;
    return;
  }
  if (step.rfind("processing-instruction(", 0) == 0) {
    if (!attribute) f.processing_instruction = true;
    return;
  }
  if (step == "node()") {
    if (attribute) {
      f.any_attribute = true;
    } else {
      f.any_element = f.text = f.comment = f.processing_instruction = true;
    }
    return;
  }
  if (!is_name_test(step)) {
    f.any_node = true;  // element(), key(), id(), document-node(), ...
    return;
  }
  std::string_view local = local_part(step);
  if (local.empty()) {
    f.any_node = true;
  } else if (local == "*") {
    (attribute ? f.any_attribute : f.any_element) = true;
  } else {
    (attribute ? f.attribute_names : f.element_names).emplace_back(local);
  }
}

}  // namespace

bool NodeFilter::accepts(xdm::NodeKind kind, std::string_view local_name) const {
  if (accepts_every(kind)) return true;
  const std::vector<std::string>& names = names_of(kind);
  return std::find(names.begin(), names.end(), local_name) != names.end();
}

bool NodeFilter::accepts_every(xdm::NodeKind kind) const {
  using K = xdm::NodeKind;
  static_assert(K::kDocument == K{0} && K::kElement == K{1} && K::kAttribute == K{2} &&
                K::kText == K{3} && K::kComment == K{4} && K::kProcessingInstruction == K{5} &&
                K::kNamespace == K{6});
  // No pattern reaches a namespace node.
  const bool every_of_kind[] = {
      document, any_element, any_attribute, text, comment, processing_instruction, false};
  return any_node || every_of_kind[static_cast<std::size_t>(kind)];
}

const std::vector<std::string>& NodeFilter::names_of(xdm::NodeKind kind) const {
  static const std::vector<std::string> kNone;
  return kind == xdm::NodeKind::kElement     ? element_names
         : kind == xdm::NodeKind::kAttribute ? attribute_names
                                             : kNone;
}

NodeFilter analyse_pattern(std::string_view pattern) {
  NodeFilter f;
  add_union(trim_xml_space(pattern), f);
  return f;
}

}  // namespace konform::schematron
