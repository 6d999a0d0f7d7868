#include "validator/pipeline/candidate_comparison.h"

#include <utility>

#include "validator/compare/compare_builder.h"
#include "validator/pipeline/chain_check.h"

namespace konform::pipeline {

CompareMatrix compare_candidates(const BuiltChain& chain,
                                 std::vector<compare::CandidateSource> candidates,
                                 const CheckOptions& options) {
  std::vector<compare::CheckedCandidate> checked;
  for (auto& source : candidates) {
    checked.push_back({std::move(source.name), std::move(source.path),
                       std::move(source.product_name),
                       check_with_chain(chain, std::move(source.inputs), options)});
  }
  return compare::build_compare_matrix(compare::rule_scopes(chain.compiled), checked);
}

}  // namespace konform::pipeline
