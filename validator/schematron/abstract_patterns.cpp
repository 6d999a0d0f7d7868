#include "validator/schematron/abstract_patterns.h"

#include <algorithm>
#include <map>

#include "validator/schematron/schema_error.h"

namespace konform::schematron {
namespace {

bool is_name_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':' || u >= 0x80;
}

bool is_xpath_attribute(std::string_view name) {
  return name == "context" || name == "test" || name == "select" || name == "path" ||
         name == "value" || name == "subject";
}

void substitute_tree(SchNode& node, const Parameters& parameters) {
  if (node.is_text) return;
  for (auto& [name, value] : node.attributes) {
    if (is_xpath_attribute(name)) value = substitute_parameters(value, parameters);
  }
  for (auto& child : node.children) substitute_tree(child, parameters);
}

}  // namespace

std::string substitute_parameters(std::string_view text, const Parameters& parameters) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '$') {
      std::size_t end = i + 1;
      while (end < text.size() && is_name_char(text[end])) ++end;
      std::string_view name = text.substr(i + 1, end - i - 1);
      auto it = std::find_if(parameters.begin(), parameters.end(),
                             [&](const auto& p) { return p.first == name; });
      if (it != parameters.end()) {
        out += it->second;
        i = end;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
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
      parameters.emplace_back(*name, *value);
    }
    SchNode instance = child;  // keeps id, role, etc. of the instance
    std::erase_if(instance.attributes, [](const auto& a) { return a.first == "is-a"; });
    instance.children.clear();
    for (const SchNode& template_child : it->second->children) {
      if (template_child.is_sch("param")) continue;
      SchNode copy = template_child;
      substitute_tree(copy, parameters);
      instance.children.push_back(std::move(copy));
    }
    children.push_back(std::move(instance));
  }
  schema.children = std::move(children);
}

}  // namespace konform::schematron
