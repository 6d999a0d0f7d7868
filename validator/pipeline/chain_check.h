// The pipeline's second half: check inputs against a built chain and finish the report the way
// every caller needs it (tool version, validation date, lock, then the waivers).
#pragma once

#include <string>
#include <vector>

#include "validator/check/input_checker.h"
#include "validator/core/report.h"
#include "validator/input/input_source.h"
#include "validator/pipeline/chain_build.h"

namespace konform::pipeline {

/// Checks `inputs` against `chain` (options.as_of is taken from the chain) and applies the
/// chain's waivers. With `explanations` (and options.explain) it receives each input's matching
/// trace, in input order.
Report check_with_chain(const BuiltChain& chain, std::vector<InputSource> inputs,
                        CheckOptions options, std::vector<std::string>* explanations = nullptr);

}  // namespace konform::pipeline
