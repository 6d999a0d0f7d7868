#include "validator/schematron/name_decisions.h"

#include <string_view>

namespace konform::schematron {

const std::vector<Candidate>* NameDecisions::find(std::uint64_t schema_id, const xdm::Document& d,
                                                  xdm::NodeIndex n) {
  // The schema, the kind, the root's kind, then the three parts of the name (which never
  // contain NUL) separated by NUL.
  key_.assign(reinterpret_cast<const char*>(&schema_id), sizeof schema_id);
  key_.push_back(static_cast<char>(d.kind(n)));
  key_.push_back(static_cast<char>(d.kind(0)));
  for (std::string_view part : {d.prefix(n), d.namespace_uri(n), d.local_name(n)}) {
    key_.push_back('\0');
    key_.append(part);
  }
  auto it = lists_.find(key_);
  return it == lists_.end() ? nullptr : &it->second;
}

void NameDecisions::keep(std::vector<Candidate> list) {
  if (lists_.size() >= limit_) lists_.clear();
  lists_.emplace(key_, std::move(list));
}

NameDecisions& thread_name_decisions() {
  thread_local NameDecisions decisions;
  return decisions;
}

}  // namespace konform::schematron
