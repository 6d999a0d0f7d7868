// Conversions between Xerces-C's UTF-16 strings (XMLCh) and the UTF-8 std::strings konform uses
// everywhere else. Invalid UTF-16 (lone surrogates) becomes U+FFFD rather than failing.
#pragma once

#include <xercesc/util/XercesDefs.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace konform::xml {

/// Appends the UTF-8 form of `length` UTF-16 code units to `out`.
void append_utf8(const XMLCh* text, std::size_t length, std::string& out);
/// The UTF-8 form of a NUL-terminated XMLCh string (nullptr gives "").
std::string to_utf8(const XMLCh* text);
/// The UTF-16 form of UTF-8 text; invalid UTF-8 becomes U+FFFD.
std::u16string to_utf16(std::string_view text);

}  // namespace konform::xml
