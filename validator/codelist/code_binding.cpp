#include "validator/codelist/code_binding.h"

#include <utility>

namespace konform::codelist {

std::string clark_name(std::string_view namespace_uri, std::string_view local_name) {
  std::string name;
  name.reserve(namespace_uri.size() + local_name.size() + 2);
  name += '{';
  name += namespace_uri;
  name += '}';
  name += local_name;
  return name;
}

void CodeBindingTable::bind(std::string_view namespace_uri, std::string_view local_name,
                            CodeBinding binding) {
  bindings_.insert_or_assign(clark_name(namespace_uri, local_name), std::move(binding));
}

const CodeBinding* CodeBindingTable::find(std::string_view namespace_uri,
                                          std::string_view local_name) const {
  if (auto found = bindings_.find(clark_name(namespace_uri, local_name));
      found != bindings_.end()) {
    return &found->second;
  }
  return nullptr;
}

}  // namespace konform::codelist
