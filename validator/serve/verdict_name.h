// A verdict as the JSON report spells it ("conformant", "not-conformant", "incomplete"), for the
// X-Konform-Verdict header and the metrics' verdict label.
#pragma once

#include <string>

#include "konform/report.h"

namespace konform::serve {

std::string verdict_name(api::Verdict verdict);

}  // namespace konform::serve
