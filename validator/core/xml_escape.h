// Escaping text for XML 1.0 output, behind XmlWriter (xml_writer.h), which every XML output of
// konform goes through. Never fails, whatever bytes the
// text holds: characters XML forbids and invalid UTF-8 become U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace konform {

/// `&`, `<` and `>` as the entity references XML, HTML and Markdown all read; empty for any other
/// character. The one place these three are spelt, for every escaper that needs them.
std::string_view markup_entity(char32_t c);

/// XML character data: `&`, `<`, `>` as entity references, CR as `&#13;` (a parser would fold it
/// away), characters XML 1.0 forbids and invalid UTF-8 as U+FFFD. `replaced`, when given, is set
/// to whether anything was replaced.
std::string xml_escape_text(std::string_view text, bool* replaced = nullptr);

/// Like xml_escape_text, plus quotes and the whitespace a parser would normalise in attribute
/// values (tab, LF, CR as character references), so the value also stays on one line.
std::string xml_escape_attribute(std::string_view text, bool* replaced = nullptr);

/// The text of a comment: nothing escaped (a comment holds no references), characters XML forbids
/// and invalid UTF-8 as U+FFFD, a space between two hyphens and after a final one, so the text
/// can neither end the comment nor make it ill-formed.
std::string xml_comment_text(std::string_view text, bool* replaced = nullptr);

}  // namespace konform
