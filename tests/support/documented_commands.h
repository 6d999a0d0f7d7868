// Commands that documentation promises (CI templates, the README), taken from the text itself so
// that a test runs them as printed: the lines after a marker, backslash continuations joined, and
// split into words as a POSIX shell would for the simple forms documentation uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace konform::test {

/// The command after each line that reads exactly `marker` (blanks around it ignored): the next
/// line, a YAML list item's "- " dropped, lines ending in a backslash joined with the next.
std::vector<std::string> marked_commands(const std::string& text, std::string_view marker);

/// Words separated by blanks, double- or single-quoted parts without escapes. Anything fancier
/// (pipes, redirections, substitutions, escapes) fails the calling test: documented commands must
/// stay simple enough to copy.
std::vector<std::string> split_words(const std::string& command);

}  // namespace konform::test
