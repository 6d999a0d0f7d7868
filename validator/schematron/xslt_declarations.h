// The XSLT declarations a queryBinding="xslt2" schema may embed at schema level and that the
// corpus uses: xsl:key (name, match pattern, use expression) and xsl:function (prefixed name,
// xsl:param with optional `as`, result `as`, and a body that is one xsl:sequence/@select or an
// xsl:choose whose xsl:when/xsl:otherwise branches are each one xsl:sequence, translated to
// if-then-else). They are registered on the StaticContext before any rule is compiled, so rule
// expressions can call key() and the functions. Functions are registered first (in any order,
// they may call each other), then their bodies are compiled so errors surface at compile time.
#pragma once

#include <vector>

#include "validator/schematron/source_tree.h"
#include "validator/xpath/context.h"

namespace konform::schematron {

/// Registers the xsl:function and xsl:key children of `schema`. Throws SchemaError.
void register_xslt_declarations(const SchNode& schema, xpath::StaticContext& statics);

}  // namespace konform::schematron
