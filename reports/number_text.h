// Numbers as report text. Stage timings are doubles; the XML and HTML formats print them in the
// shortest form that reads back to the same value, with a '.' whatever the C locale says, so
// golden files and xs:double validation never depend on the machine.
#pragma once

#include <string>

namespace konform::reports {

/// A finite double in its shortest round-trip form ("1.5", "30", "1e+20"); locale-independent.
/// Callers pass values already cleaned by reported_ms(); NaN and infinities print as "0".
std::string number_text(double value);

}  // namespace konform::reports
