// Compiles an ISO Schematron schema (ISO/IEC 19757-3:2016, queryBinding="xslt2") into an immutable
// Schema (schema.h) for the konform XPath 2.0 engine. Supported: ns, let (schema, phase, pattern
// and rule level), pattern, rule (context = XSLT 2.0 match pattern), assert, report,
// diagnostics/diagnostic, value-of, name, emph/dir/span, phase/active (schema/@defaultPhase,
// "#ALL", a phase id), abstract rules + extends, abstract patterns + is-a/param (textual
// substitution of $name in the XPath attributes, as the ISO skeleton does), include, and the
// embedded XSLT declarations xsl:key and xsl:function (params, body xsl:sequence or
// xsl:choose/when/otherwise over xsl:sequence).
// Any problem — including every XPath static error — throws SchemaError with file, line, column
// and code; nothing is deferred to the run. Unsupported constructs (let with element content,
// extends/@href, include fragment ids, xsl:variable in functions, other query bindings) are
// reported as SCH-UNSUPPORTED instead of being ignored.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "validator/schematron/schema.h"
#include "validator/schematron/schema_error.h"
#include "validator/schematron/source_tree.h"

namespace konform::schematron {

struct CompileOptions {
  /// Includes must resolve inside this folder (files are named relative to it); empty = the
  /// schema file's own folder.
  std::filesystem::path root;
  /// "" or "#DEFAULT" = schema/@defaultPhase (or #ALL without one); "#ALL"; or a phase id.
  std::string phase;
  /// Name used in messages and as finding source; empty = the file's path relative to root.
  std::string name;
  /// kLocalFileSystem: includes may lead anywhere on the local file system (ad-hoc mode, where
  /// the user named the rule set as xmllint's arguments are named).
  Includes includes = Includes::kInsideRoot;
};

/// Compiles the .sch file `file`. Throws SchemaError.
std::shared_ptr<const Schema> compile_schema(const std::filesystem::path& file,
                                             const CompileOptions& options = {});

/// Compiles schema text held in memory; includes resolve against options.root (required).
std::shared_ptr<const Schema> compile_schema_text(std::string text, const CompileOptions& options);

}  // namespace konform::schematron
