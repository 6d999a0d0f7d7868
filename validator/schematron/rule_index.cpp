#include "validator/schematron/rule_index.h"

#include <algorithm>
#include <iterator>

namespace konform::schematron {
namespace {

/// Adds the names of `names` to `rule`'s list in `index` (each rule once per name).
void add_names(const std::vector<std::string>& names, RuleRef rule,
               std::map<std::string, std::vector<RuleRef>, std::less<>>& index) {
  for (const std::string& name : names) {
    std::vector<RuleRef>& list = index[name];
    if (list.empty() || list.back() != rule) list.push_back(rule);
  }
}

/// Each named list joined with the rules that match any name of its kind, in order, each once.
void add_unnamed(const std::vector<RuleRef>& unnamed,
                 std::map<std::string, std::vector<RuleRef>, std::less<>>& index) {
  for (auto& [name, list] : index) {
    std::vector<RuleRef> joined;
    std::set_union(list.begin(), list.end(), unnamed.begin(), unnamed.end(),
                   std::back_inserter(joined));
    list = std::move(joined);
  }
}

}  // namespace

void RuleIndex::build(const std::vector<std::vector<const NodeFilter*>>& filters) {
  for (std::uint32_t p = 0; p < filters.size(); ++p) {
    for (std::uint32_t r = 0; r < filters[p].size(); ++r) {
      const NodeFilter& f = *filters[p][r];
      const RuleRef rule{p, r};
      for (std::size_t k = 0; k < kKinds; ++k) {
        const auto kind = static_cast<xdm::NodeKind>(k);
        if (f.accepts_every(kind)) every_[k].push_back(rule);
        if (!f.any_node) add_names(f.names_of(kind), rule, named_[k]);
      }
    }
  }
  for (std::size_t k = 0; k < kKinds; ++k) add_unnamed(every_[k], named_[k]);
}

std::span<const RuleRef> RuleIndex::candidates(xdm::NodeKind kind,
                                               std::string_view local_name) const {
  const auto k = static_cast<std::size_t>(kind);
  if (k >= kKinds) return {};
  auto it = named_[k].find(local_name);
  return it != named_[k].end() ? std::span<const RuleRef>(it->second) : every_[k];
}

}  // namespace konform::schematron
