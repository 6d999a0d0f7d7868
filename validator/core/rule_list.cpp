#include "validator/core/rule_list.h"

#include <iterator>
#include <utility>

namespace konform {

RuleList::RuleList(std::vector<RuleInfo> rules)
    : rules_(std::make_shared<std::vector<RuleInfo>>(std::move(rules))) {}

RuleList::RuleList(std::initializer_list<RuleInfo> rules)
    : rules_(std::make_shared<std::vector<RuleInfo>>(rules)) {}

const std::vector<RuleInfo>& RuleList::items() const {
  static const std::vector<RuleInfo> kNone;
  return rules_ ? *rules_ : kNone;
}

std::vector<RuleInfo>& RuleList::own() {
  // use_count() is exact for the sole owner: no other list can start sharing these rules while
  // this one, the only holder, is being written.
  if (!rules_ || rules_.use_count() != 1) rules_ = std::make_shared<std::vector<RuleInfo>>(items());
  return *rules_;
}

void RuleList::push_back(RuleInfo rule) { own().push_back(std::move(rule)); }

void RuleList::insert(const_iterator at, RuleInfo rule) {
  const auto index = std::distance(begin(), at);  // `at` points into the rules before any copy
  auto& rules = own();
  rules.insert(rules.begin() + index, std::move(rule));
}

}  // namespace konform
