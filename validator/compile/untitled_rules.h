// The Schematron rules of a compiled chain that do not declare their title in both English and
// German (konform:title, konform:title-de on one of their assertions): reports then fall back to
// the words of the rule's message, whose computed parts stand as "…". `profile check` warns
// about each, so publishers give every rule a whole sentence in both languages.
#pragma once

#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"

namespace konform {

struct UntitledRule {
  std::string id;
  std::string place;     ///< rule set file and line of the rule's first assertion
  bool english = false;  ///< whether a konform:title is declared
  bool german = false;   ///< whether a konform:title-de is declared
};

/// Sorted by id, each rule once; built-in rules carry their titles in the registry.
std::vector<UntitledRule> untitled_rules(const CompiledProfile& compiled);

}  // namespace konform
