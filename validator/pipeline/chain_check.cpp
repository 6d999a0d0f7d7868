#include "validator/pipeline/chain_check.h"

#include <stdexcept>
#include <utility>

#include "validator/core/version.h"
#include "validator/waive/apply_waivers.h"

namespace konform::pipeline {

Report check_with_chain(const BuiltChain& chain, std::vector<InputSource> inputs,
                        CheckOptions options, std::vector<std::string>* explanations) {
  const unsigned jobs = options.jobs;
  InputCheckerPool checkers = checker_pool_for(chain, std::move(options));
  return check_with_chain(chain, checkers, std::move(inputs), jobs, explanations);
}

InputCheckerPool checker_pool_for(const BuiltChain& chain, CheckOptions options) {
  options.as_of = chain.as_of;
  return InputCheckerPool(chain.compiled, std::move(options));
}

Report check_with_chain(const BuiltChain& chain, InputCheckerPool& checkers,
                        std::vector<InputSource> inputs, unsigned jobs,
                        std::vector<std::string>* explanations) {
  // A checker holds readers and code-list sinks of one compiled profile: never another's.
  if (&checkers.profile() != &chain.compiled || checkers.options().as_of != chain.as_of) {
    throw std::logic_error("check_with_chain: the checker pool belongs to another chain");
  }
  Report report = check_inputs(checkers, std::move(inputs), jobs, explanations);
  report.tool_version = std::string(kVersion);
  report.as_of = chain.as_of;
  if (chain.lock) report.lock = chain.lock->file;
  if (!chain.waivers) return report;
  return waive::apply_waivers(std::move(report), *chain.waivers,
                              {chain.as_of, waiver_expired_severity(chain.compiled)});
}

}  // namespace konform::pipeline
