// A product is a service definition together with the message samples it names. Before
// checking, each sample becomes an input of the same run (right after its definition, once even
// when named twice); after checking, the definition's declarations are cross-checked: every
// declared standard and version must be one the profile chain allows at the validation date,
// every sample must exist and implement a declared standard. One report covers the product.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/report.h"
#include "validator/input/input_source.h"
#include "validator/servicedef/service_definition.h"

namespace konform {

struct ProductPlan {
  struct Sample {
    servicedef::DeclaredSample declared;
    std::optional<std::size_t> input;  ///< index into `inputs`; none when it cannot be found
  };
  struct Product {
    std::size_t definition = 0;  ///< index into `inputs`
    /// The definition as read while planning; the check stage reuses it instead of parsing again.
    std::shared_ptr<const servicedef::ServiceDefinition> parsed;
    std::vector<servicedef::DeclaredStandard> standards;
    std::vector<Sample> samples;
  };
  std::vector<InputSource> inputs;  ///< the given inputs with the samples inserted
  std::vector<Product> products;

  /// The parsed definition of input `index`, or null when it is not a definition of a product.
  const servicedef::ServiceDefinition* parsed_definition(std::size_t index) const;
};

/// Reads every service definition among `inputs` (those that cannot be read are left to the
/// check stage, which reports them) and adds their samples to the inputs.
/// Takes `inputs` by value: a batch without service definitions moves them into the plan.
ProductPlan plan_products(std::vector<InputSource> inputs, std::size_t max_input_bytes);

/// Adds the cross-check findings to each definition's result (stage "crosscheck").
void cross_check_products(const ProductPlan& plan, const CompiledProfile& profile,
                          const std::string& as_of, Report& report);

}  // namespace konform
