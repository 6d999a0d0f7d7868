// A problem found at a line and column of a file the command was given, as `konform servicedef
// view` prints it: plain data, rendered by reports/servicedef_renderers.h.
#pragma once

#include <string>

#include "validator/core/finding.h"

namespace konform {

struct LocatedProblem {
  Location location;  ///< line and column; no XPath (the file is not XML)
  std::string message;
};

}  // namespace konform
