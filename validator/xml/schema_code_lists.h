// Which code list an element uses, as the XML Schema names it. XÖV code types 1–3 carry the
// list's identifier (listURI) — and for types 1–2 its version (listVersionID) — as fixed attribute
// values, so a message may omit them; types 3 and 4 may name them as default values instead, which
// a message may omit or replace. The code-list stage still needs to know the list. This reads
// those fixed and default values from the compiled grammar (Xerces' schema component model), never
// from XSD text, together with the column the code is taken from (XÖV appinfo
// `genutzteCodeSpalte`).
#pragma once

#include <string>
#include <vector>

#include "validator/xml/schema_set.h"

namespace konform::xml {

/// The list an element's type names (fixed or default values). Empty fields are not named.
struct SchemaCodeList {
  std::string namespace_uri;
  std::string local_name;
  std::string list_uri;
  std::string list_version;
  std::string code_column;
};

struct SchemaCodeLists {
  /// One entry per element name whose every declaration fixes the same list, sorted by name.
  std::vector<SchemaCodeList> bindings;
  /// "{ns}local" of element names declared with different lists in different places: the
  /// name alone does not say which list applies, so no binding is made for them.
  std::vector<std::string> ambiguous;
};

/// Collects the fixed and default code-list attributes of every element declaration reachable in
/// the schema set (global elements, named types, anonymous types, nested model groups).
SchemaCodeLists code_lists_named_by_schema(const SchemaSet& schemas);

}  // namespace konform::xml
