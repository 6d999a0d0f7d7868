// Abstract patterns (ISO Schematron §6.5): a pattern with abstract="true" is a template; a pattern
// with is-a="<id>" instantiates it, its param children giving values that replace `$name` in the
// XPath-bearing attributes (context, test, select, path, value, subject) of every descendant. Like
// the ISO skeleton this is plain textual macro substitution done before anything is compiled.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "validator/schematron/source_tree.h"

namespace konform::schematron {

using Parameters = std::vector<std::pair<std::string, std::string>>;

/// Replaces `$name` (not followed by a name character) by the parameter's value, in one pass,
/// string literals included (as the skeleton's regex replacement does).
std::string substitute_parameters(std::string_view text, const Parameters& parameters);

/// Replaces every is-a pattern among `schema`'s children by its instance and drops the abstract
/// patterns. Throws SchemaError for an unknown or non-abstract is-a target.
void instantiate_abstract_patterns(SchNode& schema);

}  // namespace konform::schematron
