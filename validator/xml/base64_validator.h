// xs:base64Binary checked without decoding. Xerces-C's validator decodes every value, in three
// passes over freshly allocated buffers, only to learn whether it decodes and to what length.
// XRechnung invoices carry their attachments as base64 (up to 400 KB per invoice in KoSIT's test
// suite), and that decoding was a third of the instructions of checking the suite. This one checks
// the same lexical grammar that Xerces-C implements (XML Schema 1.0 Part 2 §3.2.16 as corrected by
// erratum E2-54: quads of [A-Za-z0-9+/], single spaces between characters, padding only at the
// end with the unused bits zero) in one pass, and computes the decoded length arithmetically.
// Unlike Xerces-C it does not truncate characters above U+007F to bytes, which let "Ł" pass as "A".
#pragma once

#include <xercesc/util/XercesDefs.hpp>

namespace konform::xml {

/// The decoded length of the text a base64Binary lexical form once whitespace-collapsed, or -1
/// when it is not one (the validator checks element and attribute text uncollapsed). Empty text
/// and whitespace alone give 0: the validator accepts them before asking, as Xerces-C does.
long base64_decoded_length(const XMLCh* text);

/// Puts this validator in place of Xerces-C's built-in xs:base64Binary, so every schema and every
/// type derived from it uses it, also those read back from the compiled-profile cache. Call once,
/// after XMLPlatformUtils::Initialize and before any schema is loaded (the built-in registry is
/// read without locks afterwards).
void install_base64_validator();

}  // namespace konform::xml
