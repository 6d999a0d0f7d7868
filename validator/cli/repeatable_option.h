// A repeatable option of any command (`--schema A --schema B`): each occurrence takes exactly one
// value. CLI11 would let a vector option swallow every word after it, so `--schema a.xsd in.xml`
// would take the input for a second schema; one value per occurrence keeps operands operands.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace konform::cli {

/// Registers `name` on `cmd`, collecting one value per occurrence into `values`.
template <typename Value>
CLI::Option* add_repeatable_option(CLI::App* cmd, const std::string& name,
                                   std::vector<Value>& values, const std::string& help) {
  return cmd->add_option(name, values, help)->allow_extra_args(false);
}

}  // namespace konform::cli
