// What element and attribute names decide about the candidate rules, kept across the documents
// one thread checks. NameCandidates works out at the first node of each name in a document which
// rules the name rules out and which it decides to match; that took 41 M instructions over the
// 86 XRechnung test invoices (4.7 % of the check), mostly for names every invoice repeats. The
// answer depends on nothing but the schema, the node's kind and lexical name (prefix, namespace
// URI, local name: name() sees the prefix) and whether the document's root is a document node
// (for `//a`), so a name seen in an earlier document costs a look-up instead.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "validator/schematron/rule_index.h"
#include "validator/xdm/document.h"
#include "validator/xdm/lexical_name_cache.h"

namespace konform::schematron {

/// A rule whose context may match a node, and whether the node's name says that it does.
struct Candidate {
  RuleRef rule;
  bool matched_by_name = false;  // fire it without testing its context
};

/// Candidate lists by schema and name. Bounded: forgotten as a whole when it holds `limit` names
/// (an invoice has a few hundred; a stream of documents with ever new names must not grow it).
class NameDecisions {
 public:
  static constexpr std::size_t kLimit = 1 << 14;
  explicit NameDecisions(std::size_t limit = kLimit) : lists_(limit) {}

  /// The list kept for element or attribute `n` of `d` under schema `schema_id`, or null.
  const std::vector<Candidate>* find(std::uint64_t schema_id, const xdm::Document& d,
                                     xdm::NodeIndex n);
  /// Keeps `list` under the key of the last find.
  void keep(std::vector<Candidate> list) { lists_.keep(std::move(list)); }
  std::size_t size() const { return lists_.size(); }

 private:
  xdm::LexicalNameCache<std::vector<Candidate>> lists_;
};

/// The calling thread's NameDecisions (runs share no state between threads).
NameDecisions& thread_name_decisions();

}  // namespace konform::schematron
