// The pipeline's second half: check inputs against a built chain and finish the report the way
// every caller needs it (tool version, validation date, lock, then the waivers).
#pragma once

#include <string>
#include <vector>

#include "validator/check/input_checker.h"
#include "validator/check/input_checker_pool.h"
#include "validator/core/report.h"
#include "validator/input/input_source.h"
#include "validator/pipeline/chain_build.h"

namespace konform::pipeline {

/// Checks `inputs` against `chain` (options.as_of is taken from the chain) and applies the
/// chain's waivers. With `explanations` (and options.explain) it receives each input's matching
/// trace, in input order.
Report check_with_chain(const BuiltChain& chain, std::vector<InputSource> inputs,
                        CheckOptions options, std::vector<std::string>* explanations = nullptr);

/// The checker pool for the checks of `chain` under `options` (options.as_of is taken from the
/// chain), to be kept with the chain and lent to each of its checks below.
InputCheckerPool checker_pool_for(const BuiltChain& chain, CheckOptions options);
/// As above, with the checkers (and options) of `checkers`, which checker_pool_for() made for
/// this chain; `jobs` inputs at a time. Throws std::logic_error for another chain's pool.
Report check_with_chain(const BuiltChain& chain, InputCheckerPool& checkers,
                        std::vector<InputSource> inputs, unsigned jobs,
                        std::vector<std::string>* explanations = nullptr);

}  // namespace konform::pipeline
