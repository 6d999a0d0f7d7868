// The parser settings every Xerces-C reader in konform gets, in one place, so no reader can be
// created with Xerces' unsafe defaults (which read local files through external entities, fetch
// DTDs and schema imports over HTTP, and expand entities without bound).
#pragma once

#include <xercesc/parsers/SAX2XMLReaderImpl.hpp>
#include <xercesc/util/SecurityManager.hpp>

namespace konform::xml {

/// Maximum entity expansions in one document (billion laughs stops here). Schema documents may
/// use a few internal entities (the W3C xmldsig schema does); messages may use none at all.
inline constexpr XMLSize_t kEntityExpansionLimit = 1000;

/// Applies the safe settings: namespaces on, no external DTD, no default entity resolution (only
/// our resolver decides), entity-expansion limit, stop at the first fatal error.
/// `security` must outlive the reader.
void harden(xercesc::SAX2XMLReaderImpl& reader, xercesc::SecurityManager& security);

}  // namespace konform::xml
