// The findings of the XML reader's errors (input/read_error.h): which built-in rule each kind of
// reading problem breaks is the catalogue's decision, made here once for every user of the reader
// (the check stage, Schematron instances, the tests).
#pragma once

#include <vector>

#include "validator/core/finding.h"
#include "validator/input/read_error.h"

namespace konform::rules {

/// The finding of `error`: its kind's built-in rule, its message and location; a validity error
/// keeps its severity and what the validator reported (Finding::schema_error).
Finding finding_of(const ReadError& error);

/// Appends the finding of each of `errors`, in order, to `findings`.
void add_findings_of(const std::vector<ReadError>& errors, std::vector<Finding>& findings);

}  // namespace konform::rules
