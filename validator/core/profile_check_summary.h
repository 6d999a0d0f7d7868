// What `konform profile check` found in a profile that loaded, resolved and compiled: how much the
// chain holds and what would weaken its reports. Plain data built by the compile stage
// (validator/compile/profile_check_summary_builder.h), rendered by
// reports/profile_check_renderer.h.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "validator/core/missing_code_list_use.h"
#include "validator/core/untitled_rule.h"

namespace konform {

struct ProfileCheckSummary {
  std::string id;  ///< the checked profile, the last of its chain
  std::string version;
  std::size_t profiles = 0;  ///< in the chain, the checked one included
  std::size_t document_types = 0;
  std::size_t schematron_rule_sets = 0;
  std::size_t code_lists = 0;
  std::size_t rules = 0;
  std::vector<MissingCodeListUse> missing_code_lists;
  std::vector<UntitledRule> untitled_rules;
  /// The namespace of konform:title and konform:title-de, named in each untitled rule's warning.
  std::string title_namespace;
};

}  // namespace konform
