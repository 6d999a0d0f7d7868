#include "validator/schematron/abstract_patterns.h"

#include <algorithm>
#include <map>

#include "validator/schematron/schema_error.h"

namespace konform::schematron {
namespace {

// Replaces every occurrence of `from` in `text`, left to right, never inside a replacement.
void replace_all(std::string& text, std::string_view from, std::string_view to) {
  std::string out;
  std::size_t done = 0;
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, done)) {
    out.append(text, done, at - done).append(to);
    done = at + from.size();
  }
  if (done == 0) return;
  out.append(text, done);
  text = std::move(out);
}

bool is_xpath_attribute(std::string_view name) {
  return name == "context" || name == "test" || name == "select" || name == "path" ||
         name == "value" || name == "subject";
}

// The parameters as (reference, value) pairs, `$` before each name, longest name first.
Parameters in_replacement_order(const Parameters& parameters) {
  Parameters ordered;
  ordered.reserve(parameters.size());
  for (const auto& [name, value] : parameters) ordered.emplace_back("$" + name, value);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return ordered;
}

std::string replace_references(std::string_view text, const Parameters& ordered) {
  std::string out(text);
  for (const auto& [reference, value] : ordered) replace_all(out, reference, value);
  return out;
}

void substitute_tree(SchNode& node, const Parameters& ordered) {
  if (node.is_text) return;
  for (auto& [name, value] : node.attributes) {
    if (is_xpath_attribute(name)) value = replace_references(value, ordered);
  }
  for (auto& child : node.children) substitute_tree(child, ordered);
}

}  // namespace

std::string substitute_parameters(std::string_view text, const Parameters& parameters) {
  return replace_references(text, in_replacement_order(parameters));
}

void instantiate_abstract_patterns(SchNode& schema) {
  std::map<std::string, const SchNode*> abstract;
  for (const SchNode& child : schema.children) {
    if (child.is_sch("pattern") && child.attribute_or("abstract") == "true") {
      std::string id = child.attribute_or("id");
      if (id.empty()) fail_at(child, kErrorStructure, "an abstract pattern needs an id");
      if (!abstract.emplace(id, &child).second) {
        fail_at(child, kErrorStructure, "duplicate abstract pattern id '" + id + "'", "id");
      }
    }
  }
  std::vector<SchNode> children;
  children.reserve(schema.children.size());
  for (SchNode& child : schema.children) {
    if (!child.is_sch("pattern")) {
      children.push_back(std::move(child));
      continue;
    }
    if (child.attribute_or("abstract") == "true") continue;
    const std::string* is_a = child.attribute("is-a");
    if (is_a == nullptr) {
      children.push_back(std::move(child));
      continue;
    }
    auto it = abstract.find(*is_a);
    if (it == abstract.end()) {
      fail_at(child, kErrorReference, "is-a='" + *is_a + "' names no abstract pattern", "is-a");
    }
    Parameters parameters;
    for (const SchNode& param : child.children) {
      if (!param.is_sch("param")) continue;
      const std::string* name = param.attribute("name");
      const std::string* value = param.attribute("value");
      if (name == nullptr || value == nullptr) {
        fail_at(param, kErrorStructure, "param needs name and value attributes");
      }
      // An empty name would turn every `$` of the pattern into the value.
      if (name->empty()) fail_at(param, kErrorStructure, "param needs a non-empty name", "name");
      parameters.emplace_back(*name, *value);
    }
    Parameters ordered = in_replacement_order(parameters);
    SchNode instance = child;  // keeps id, role, etc. of the instance
    std::erase_if(instance.attributes, [](const auto& a) { return a.first == "is-a"; });
    instance.children.clear();
    for (const SchNode& template_child : it->second->children) {
      if (template_child.is_sch("param")) continue;
      SchNode copy = template_child;
      substitute_tree(copy, ordered);
      instance.children.push_back(std::move(copy));
    }
    children.push_back(std::move(instance));
  }
  schema.children = std::move(children);
}

}  // namespace konform::schematron
