// `konform compare` as a pipeline step: each candidate (a product folder or a service-definition
// file) checked in a run of its own against one built chain, then the rules x candidates matrix.
#pragma once

#include <vector>

#include "validator/check/input_checker.h"
#include "validator/compare/candidate_source.h"
#include "validator/core/compare_matrix.h"
#include "validator/pipeline/chain_build.h"

namespace konform::pipeline {

/// Checks every candidate against `chain` (waivers applied to each) and builds the matrix.
CompareMatrix compare_candidates(const BuiltChain& chain,
                                 std::vector<compare::CandidateSource> candidates,
                                 const CheckOptions& options);

}  // namespace konform::pipeline
