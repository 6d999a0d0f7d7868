// Comparing one sample's findings with its expectation: a pure function, so the matching rules
// are tested without files. Expected findings match actual ones as a multiset of (rule, line
// when given, severity when given); info findings take part only with includeInfo.
#pragma once

#include <string>
#include <vector>

#include "validator/core/report.h"
#include "validator/profiletest/expectation.h"

namespace konform::profiletest {

/// The verdict word of expectation files for a report verdict (passed, failed, incomplete).
std::string_view verdict_word(Verdict verdict);

/// Every difference between what was expected and what checking the sample gave, one line each
/// ("verdict is …", "missing expected finding …", "unexpected finding …"); empty when they agree.
std::vector<std::string> compare(const Expectation& expected, const InputResult& actual);

}  // namespace konform::profiletest
