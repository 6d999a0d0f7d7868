// The one place konform reads Xerces-C's English messages, for the facts Xerces-C gives in no
// other form. XMLValidator::emitError formats an error's parameters into its message
// (XMLMsgLoader::loadMsg) before XMLErrorReporter::error, which SAX2XMLReaderImpl::error is,
// receives it: the handler gets the code, the formatted text and the location, never the
// parameters. The facts below are computed inside the validator or the scanner where no public
// accessor reaches them, so they are read from the parameter's place in the code's template.
// Everything else about a validity error comes from Xerces-C's structures (validity_facts.h).
#pragma once

#include <string_view>

namespace konform::xml::xerces_message {

/// XMLValid::IDNotDeclared ("ID attribute '{0}' was referenced but never declared"): the IDREF
/// value. XMLScanner::checkIDRefs takes it from the scanner's ValidationContext, which the reader
/// cannot reach (SAX2XMLReaderImpl keeps its scanner private). "" when the message quotes nothing.
std::string_view unresolved_idref(std::string_view message);

/// XMLValid::ElementNotValidForContent ("element '{0}' is not allowed for content model '{1}'"):
/// the local name of the child the content model failed at. SchemaValidator::checkContent knows
/// the child's index but hands emitError only its raw name (prefix and all: "p:unexpected"), and
/// the scanner's element stack with the children is private. "" when the message quotes nothing.
std::string_view failing_child_local_name(std::string_view message);

/// For excerpt_quoted (core/excerpt.h): whether the single-quoted segment after `before` is a name
/// (element, attribute, type, content model, facet ...) rather than the message's own content.
/// Xerces-C quotes both alike; only the template's words before the quote tell them apart.
bool quotes_a_name(std::string_view before);

}  // namespace konform::xml::xerces_message
