// The rules a report lists: a chain's catalogue (1,636 rules for XRechnung) shared, never copied,
// by every report checked against it. A service copied it into each request's report and freed
// it afterwards, about 1.5 M instructions per invoice a batch spends once. Reads look like a
// vector's; the one writer (a waiver listing its rule) copies before it writes, so a chain's
// catalogue never changes under the reports that share it.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <span>
#include <vector>

#include "validator/core/rule_info.h"

namespace konform {

class RuleList {
 public:
  using value_type = RuleInfo;
  using const_iterator = std::vector<RuleInfo>::const_iterator;
  using iterator = const_iterator;  // read-only: writes go through push_back and insert

  RuleList() = default;
  RuleList(std::vector<RuleInfo> rules);  // NOLINT(google-explicit-constructor): a vector is one
  RuleList(std::initializer_list<RuleInfo> rules);

  const std::vector<RuleInfo>& items() const;
  const_iterator begin() const { return items().begin(); }
  const_iterator end() const { return items().end(); }
  std::size_t size() const { return items().size(); }
  bool empty() const { return items().empty(); }
  const RuleInfo& operator[](std::size_t i) const { return items()[i]; }
  const RuleInfo& front() const { return items().front(); }
  const RuleInfo& back() const { return items().back(); }
  operator std::span<const RuleInfo>() const { return items(); }  // NOLINT: reads as a vector

  /// Copies the rules first when another list shares them.
  void push_back(RuleInfo rule);
  /// Inserts before `at` (an iterator of this list); copies first when another list shares them.
  void insert(const_iterator at, RuleInfo rule);

  /// Whether both lists are the very same rules (one catalogue shared), without comparing them.
  bool shares(const RuleList& other) const { return rules_ && rules_ == other.rules_; }

  friend bool operator==(const RuleList& a, const RuleList& b) {
    return a.shares(b) || a.items() == b.items();
  }

 private:
  std::vector<RuleInfo>& own();

  std::shared_ptr<std::vector<RuleInfo>> rules_;  // null: empty
};

}  // namespace konform
