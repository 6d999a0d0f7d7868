// The Schematron rules of a compiled chain that do not declare their title in both English and
// German (konform:title, konform:title-de on one of their assertions): reports then fall back to
// the words of the rule's message, whose computed parts stand as "…". `profile check` warns
// about each, so publishers give every rule a whole sentence in both languages.
#pragma once

#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/untitled_rule.h"

namespace konform {

/// Sorted by id, each rule once; built-in rules carry their titles in the registry.
std::vector<UntitledRule> untitled_rules(const CompiledProfile& compiled);

}  // namespace konform
