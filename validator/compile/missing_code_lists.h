// The code lists a compiled chain's schemas (and <codeBinding>s) name but none of its profiles
// carries: what `codelist-unknown-list` would report on every message that uses them, found
// before any message is checked, so profile authors and the XÖV import can list them.
#pragma once

#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"

namespace konform {

struct MissingCodeListUse {
  std::string list_uri;
  std::string list_version;           ///< empty: the schema fixes no version (the message names it)
  std::vector<std::string> elements;  ///< "{ns}local", sorted, each once
};

/// Sorted by (URI, version). A binding without a fixed version is missing only when the chain
/// carries no version of the list at all.
std::vector<MissingCodeListUse> missing_code_lists(const CompiledProfile& compiled);

}  // namespace konform
