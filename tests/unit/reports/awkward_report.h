// One Report that exercises every corner a renderer must get right: XML/Markdown/shell
// metacharacters, umlauts, a multi-line message, `%` `,` `:` (GitHub escaping), an input with no
// findings, an incomplete input, all three severities, a namespaced attribute xpath, a German
// message and a rule that never fired. Stage timings are fixed so golden files are stable.
#pragma once

#include "validator/core/report.h"

namespace konform::test {

/// The fixture, already finish()ed. Every renderer's golden file is rendered from it.
Report awkward_report();
/// A finished report with no input and no profile.
Report empty_report();
/// A finished report full of bytes no output may carry verbatim.
Report hostile_report();

}  // namespace konform::test
