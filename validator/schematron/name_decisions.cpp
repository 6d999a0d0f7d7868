#include "validator/schematron/name_decisions.h"

#include <cstring>
#include <string_view>

namespace konform::schematron {

const std::vector<Candidate>* NameDecisions::find(std::uint64_t schema_id, const xdm::Document& d,
                                                  xdm::NodeIndex n) {
  // The schema, the node's kind and the root's kind (`//a` asks it), before the name.
  char head[sizeof schema_id + 2];
  std::memcpy(head, &schema_id, sizeof schema_id);
  head[sizeof schema_id] = static_cast<char>(d.kind(n));
  head[sizeof schema_id + 1] = static_cast<char>(d.kind(0));
  return lists_.find(std::string_view(head, sizeof head), d, n);
}

NameDecisions& thread_name_decisions() {
  thread_local NameDecisions decisions;
  return decisions;
}

}  // namespace konform::schematron
