// A problem found at a line and column of a file the command was given, as `konform servicedef
// view` prints it: plain data, rendered by reports/servicedef_renderers.h.
#pragma once

#include <string>

namespace konform {

struct LocatedProblem {
  int line = 0;
  int column = 0;
  std::string message;
};

}  // namespace konform
