// A Schematron rule that does not declare its title in both English and German: plain data found
// by validator/compile/untitled_rules.h, warned about by `profile check`
// (reports/profile_check_renderer.h).
#pragma once

#include <string>

namespace konform {

struct UntitledRule {
  std::string id;
  std::string place;     ///< rule set file and line of the rule's first assertion
  bool english = false;  ///< whether a konform:title is declared
  bool german = false;   ///< whether a konform:title-de is declared
};

}  // namespace konform
