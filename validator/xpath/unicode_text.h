// Unicode case mapping and normalization for fn:upper-case, fn:lower-case and
// fn:normalize-unicode, done by ICU (libicu, the library Xerces-C already links): XÖV text is full
// of umlauts and the DIN SPEC 91379 characters, which hand-written tables got wrong.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace konform::xpath::unicode {

/// F&O 7.4.7: full, locale-insensitive upper-case mappings of the Unicode standard (so "ß"
/// becomes "SS" and "ŉ" becomes "ʼN"). Input and output are UTF-8.
std::string upper_case(std::string_view utf8);

/// F&O 7.4.8: full, locale-insensitive lower-case mappings ("İ" becomes "i̇").
std::string lower_case(std::string_view utf8);

/// F&O 7.4.6: `text` in normalization form `form` — NFC, NFD, NFKC or NFKD, already upper-cased
/// and space-normalized by the caller; "" leaves the text as it is. std::nullopt for a form this
/// implementation does not support (FULLY-NORMALIZED among them): the caller raises FOCH0003.
std::optional<std::string> normalize(std::string_view utf8, std::string_view form);

}  // namespace konform::xpath::unicode
