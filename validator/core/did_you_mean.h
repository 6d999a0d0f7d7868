// "Did you mean ...?" for a name the user mistyped: a subcommand, an option, a profile id, a
// document-type id, a format name. Closeness is the Damerau-Levenshtein distance in its optimal
// string alignment form: inserting, deleting or replacing a character, or swapping two adjacent
// ones, is one edit each. Characters are bytes; the names suggested (ids, options) are ASCII.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace konform {

/// The number of edits that turn `a` into `b` (optimal string alignment distance).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The most edits a name of this length may be away from a suggestion: one per three characters,
/// at least one and at most three, so that "jsn" finds "json" and "x" does not find "html".
std::size_t suggestion_threshold(std::string_view word);

/// The candidates nearest to `word` within suggestion_threshold(word), in the order given
/// (several when they are equally near); empty when none is near enough or `word` is one of them.
std::vector<std::string> closest_names(std::string_view word,
                                       const std::vector<std::string>& candidates);

/// "did you mean 'json'?" / "did you mean 'json' or 'junit'?" (German with `german`: "meinten
/// Sie 'json'?"); empty when closest_names finds nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates,
                         bool german = false);

}  // namespace konform
