// What one CANDIDATE operand of `konform compare` stands for: a folder holding a product's
// service definition and its sample messages (or a single service-definition file), expanded
// into the inputs of one check run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "validator/input/input_source.h"

namespace konform::compare {

struct CandidateSource {
  std::string name;          ///< the folder's name, or the file's for a single definition
  std::string path;          ///< as given
  std::string product_name;  ///< publiccode `name` of its (first) service definition, if any
  std::vector<InputSource> inputs;
};

/// Expands an operand like `konform validate` does (a folder: its *.xml files and service
/// definitions, recursively, sorted; the check stage then treats a publiccode.yml a definition
/// references as part of it) and reads the product's name. Throws ConfigError when the operand
/// does not exist or holds no service definition.
CandidateSource discover_candidate(const std::string& operand, std::size_t max_input_bytes);

}  // namespace konform::compare
