#include "validator/compile/missing_code_lists.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "validator/xml/schema_code_lists.h"

namespace konform {

std::vector<MissingCodeListUse> missing_code_lists(const CompiledProfile& compiled) {
  const auto* store = compiled.codelists.get();
  std::map<std::pair<std::string, std::string>, std::set<std::string>> missing;
  auto note = [&](const std::string& element, const std::string& uri, const std::string& version) {
    if (uri.empty()) return;
    const bool carried = store && (version.empty() ? !store->versions(uri).empty()
                                                   : store->find(uri, version) != nullptr);
    if (!carried) missing[{uri, version}].insert(element);
  };
  for (const auto& type : compiled.document_types) {
    if (type.code_bindings) {
      for (const auto& [element, list] : type.code_bindings->entries()) {
        note(element, list.list_uri, list.list_version);
      }
    } else if (type.schemas) {
      // A chain without code lists builds no binding table; the schema still names the lists.
      for (const auto& named : xml::code_lists_named_by_schema(*type.schemas).bindings) {
        note(codelist::clark_name(named.namespace_uri, named.local_name), named.list_uri,
             named.list_version);
      }
    }
  }
  std::vector<MissingCodeListUse> out;
  for (auto& [list, elements] : missing) {
    out.push_back({list.first, list.second, {elements.begin(), elements.end()}});
  }
  return out;
}

}  // namespace konform
