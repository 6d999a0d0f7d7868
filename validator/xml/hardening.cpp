#include "validator/xml/hardening.h"

#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/XMLUni.hpp>

namespace konform::xml {

using xercesc::XMLUni;

void harden(xercesc::SAX2XMLReaderImpl& reader, xercesc::SecurityManager& security) {
  reader.setFeature(XMLUni::fgSAX2CoreNameSpaces, true);
  reader.setFeature(XMLUni::fgSAX2CoreNameSpacePrefixes, false);
  // Never read an external DTD subset, and let nothing but our XMLEntityResolver resolve an
  // entity or schema location: when it returns nullptr, Xerces must not try on its own.
  reader.setFeature(XMLUni::fgXercesLoadExternalDTD, false);
  reader.setFeature(XMLUni::fgXercesDisableDefaultEntityResolution, true);
  reader.setFeature(XMLUni::fgXercesContinueAfterFatalError, false);
  security.setEntityExpansionLimit(kEntityExpansionLimit);
  reader.setProperty(XMLUni::fgXercesSecurityManager, &security);
  reader.setExitOnFirstFatalError(true);
}

}  // namespace konform::xml
