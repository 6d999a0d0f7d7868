// xs:pattern facets of string types matched by RE2 instead of Xerces-C's backtracking regex
// engine. Every XÖV standard types its text with the DIN SPEC 91379 datatypes: a pattern that is
// a union of some 200 characters, ranges and base+combining sequences, checked against nearly
// every text node. Xerces-C matches it by trying each alternative per character, copying its
// match context for each; that was 40 % of the instructions of validating the XSchule samples.
// RE2 matches the same language as an automaton in linear time.
//
// The pattern is translated with the XPath regex translator (the XSD dialect is XPath's without
// the ^ and $ anchors, which are ordinary characters in XSD; the whole value must match). A
// pattern the translator does not support keeps Xerces-C's own matching, so the verdict never
// depends on the translation being possible.
//
// The same validator looks enumerations up in a hash set. Xerces-C compares a value with every
// enumerated one in turn, and XÖV schemas enumerate whole type-1 code lists in their types; that
// comparison loop was 3.5 % of checking the XSchule samples.
#pragma once

#include <memory>
#include <string_view>

#include <re2/re2.h>

namespace konform::xml {

/// The RE2 program that matches exactly the values an XSD pattern accepts (use RE2::FullMatch on
/// UTF-8), or null when the pattern uses what the translator does not support.
std::unique_ptr<RE2> compile_xsd_pattern(std::string_view xsd_pattern);

/// Puts the RE2-matching validator in place of Xerces-C's built-in xs:string, so every type
/// restricted from xs:string (directly or further down) uses it, also when read back from the
/// compiled-profile cache. Call once, after XMLPlatformUtils::Initialize and before any schema
/// is loaded.
void install_pattern_validator();

}  // namespace konform::xml
