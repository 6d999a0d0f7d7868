#include <string>
#include <vector>

#include "konform/chain.h"
#include "validator/api/engine_errors.h"
#include "validator/api/engine_inputs.h"
#include "validator/core/config_error.h"
#include "validator/input/input_source.h"

namespace konform::api {
namespace {

/// Folders that held nothing to check: an error, not an empty (and so "complete") run.
ConfigError no_inputs_found(const std::vector<std::string>& operands) {
  std::string searched;
  for (const auto& operand : operands) searched += " " + operand;
  return ConfigError(std::string("no inputs found; searched recursively:") + searched +
                     "\nfiles that count: " + kInputFileNames +
                     "\nname the files to check, or a folder that holds them")
      .with_german(
          std::string("keine Eingaben gefunden; rekursiv durchsucht:") + searched +
          "\nDateien, die z\u00e4hlen: " + kInputFileNames +
          "\ndie zu pr\u00fcfenden Dateien nennen oder einen Ordner, der sie enth\u00e4lt");
}

}  // namespace

std::vector<Input> find_inputs(const std::vector<std::string>& operands) {
  return translating_engine_errors([&] {
    auto found = discover_inputs(operands);
    if (found.empty()) throw no_inputs_found(operands);
    return public_inputs(std::move(found));
  });
}

}  // namespace konform::api
