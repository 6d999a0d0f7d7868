// A code list a compiled chain's schemas name but none of its profiles carries, with the elements
// that use it: plain data found by validator/compile/missing_code_lists.h, printed by `profile
// check` (reports/profile_check_renderer.h) and fetched by `profile update-codelists`.
#pragma once

#include <string>
#include <vector>

namespace konform {

struct MissingCodeListUse {
  std::string list_uri;
  std::string list_version;           ///< empty: the schema fixes no version (the message names it)
  std::vector<std::string> elements;  ///< "{ns}local", sorted, each once
};

}  // namespace konform
