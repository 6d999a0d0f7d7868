// xs:anyURI checked once per distinct value and thread. Every XÖV code element carries its list's
// URI (listURI, an xs:anyURI attribute), so one message repeats a handful of URIs hundreds of
// times; Xerces-C escapes and parses each occurrence again (RFC 2396 through XMLUri), which was
// 7 % of checking the XSchule samples. This validator asks Xerces-C's own check once per distinct
// text and remembers the texts that passed, so what is valid does not change.
#pragma once

namespace konform::xml {

/// Puts this validator in place of Xerces-C's built-in xs:anyURI, for every schema and every
/// type derived from it, also those read back from the compiled-profile cache. Call once, after
/// XMLPlatformUtils::Initialize and before any schema is loaded.
void install_any_uri_validator();

}  // namespace konform::xml
