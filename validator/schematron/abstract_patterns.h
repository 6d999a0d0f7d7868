// Abstract patterns (ISO/IEC 19757-3 §5.4.9, §6.2): a pattern with abstract="true" is a template; a
// pattern with is-a="<id>" instantiates it, its param children giving values that replace `$name`
// in the query-bearing attributes (context, test, select, path, value, subject) of every
// descendant. The standard leaves the recognition of a parameter reference to the query language
// binding; the implementations the published rule sets are tested with (the ISO skeleton's
// iso_abstract_expand.xsl and SchXslt's expand step) do plain text replacement before anything
// is compiled, and so does konform, so that the same files mean the same rules:
//  - the name is taken literally, surrounding whitespace included: CEN's EN 16931 files declare
//    <param name="Additional_supporting_documents " .../> and write
//    context="$Additional_supporting_documents ";
//  - every occurrence of `$` + name is replaced, with no check of what follows it, string literals
//    included;
//  - parameters are applied one after the other, longest name first (SchXslt, since its issue
//    #282; ties in document order), each to the text the previous ones left, so `$typeElement`
//    is not read as `$type` + "Element".
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "validator/schematron/source_tree.h"

namespace konform::schematron {

using Parameters = std::vector<std::pair<std::string, std::string>>;

/// `text` with every parameter reference replaced, by the rule above.
std::string substitute_parameters(std::string_view text, const Parameters& parameters);

/// Replaces every is-a pattern among `schema`'s children by its instance and drops the abstract
/// patterns. Throws SchemaError for an unknown or non-abstract is-a target and for a param
/// without a name or value.
void instantiate_abstract_patterns(SchNode& schema);

}  // namespace konform::schematron
