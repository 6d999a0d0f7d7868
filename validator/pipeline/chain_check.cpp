#include "validator/pipeline/chain_check.h"

#include <utility>

#include "validator/core/version.h"
#include "validator/waive/apply_waivers.h"

namespace konform::pipeline {

Report check_with_chain(const BuiltChain& chain, std::vector<InputSource> inputs,
                        CheckOptions options, std::vector<std::string>* explanations) {
  options.as_of = chain.as_of;
  Report report = check_inputs(chain.compiled, std::move(inputs), options, explanations);
  report.tool_version = std::string(kVersion);
  report.as_of = chain.as_of;
  if (chain.lock) report.lock = chain.lock->file;
  if (!chain.waivers) return report;
  return waive::apply_waivers(std::move(report), *chain.waivers,
                              {chain.as_of, waiver_expired_severity(chain.compiled)});
}

}  // namespace konform::pipeline
