#include "validator/xml/xerces_platform.h"

#include <libxml/catalog.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLNetAccessor.hpp>

#include <mutex>

#include "validator/xml/any_uri_validator.h"
#include "validator/xml/base64_validator.h"
#include "validator/xml/pattern_validator.h"

namespace konform::xml {
namespace {

// libxml2 reads nothing but local catalog files for us; anything with a scheme other than
// file: is refused before it reaches the network code.
xmlParserInputPtr refuse_network_loader(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
  return xmlNoNetExternalEntityLoader(url, id, ctxt);
}

void initialize() {
  xercesc::XMLPlatformUtils::Initialize();
  // Xerces-C's default is to fetch http:// system ids (DTDs, schema imports) itself. Without a
  // net accessor every URL input source fails, so a bypass of our resolvers cannot go online.
  delete xercesc::XMLPlatformUtils::fgNetAccessor;
  xercesc::XMLPlatformUtils::fgNetAccessor = nullptr;
  install_base64_validator();
  install_any_uri_validator();
  install_pattern_validator();

  xmlInitParser();
  xmlSetExternalEntityLoader(refuse_network_loader);
  // Catalogs are loaded explicitly per profile; never consult XML_CATALOG_FILES or /etc/xml.
  xmlCatalogSetDefaults(XML_CATA_ALLOW_NONE);
}

}  // namespace

void ensure_initialized() {
  static std::once_flag once;
  std::call_once(once, initialize);
}

}  // namespace konform::xml
