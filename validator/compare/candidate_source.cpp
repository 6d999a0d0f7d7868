#include "validator/compare/candidate_source.h"

#include <filesystem>

#include "validator/core/config_error.h"
#include "validator/servicedef/yaml_tree.h"

namespace konform::compare {
namespace fs = std::filesystem;
namespace {

std::string name_of(const std::string& operand) {
  fs::path path = fs::path(operand).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  const std::string name = path.filename().string();
  if (!name.empty() && name != "." && name != "..") return name;
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(operand, ec);
  return ec || canonical.filename().empty() ? operand : canonical.filename().string();
}

const servicedef::YamlNode* scalar(const servicedef::YamlNode* node) {
  return node && node->kind == servicedef::YamlNode::Kind::kScalar ? node : nullptr;
}

servicedef::YamlDocument read_yaml_file(const InputSource& input, std::size_t max_input_bytes) {
  InputBytes bytes = read_input(input, max_input_bytes);
  if (bytes.error || bytes.too_large) return {};  // the check stage reports it
  return servicedef::read_yaml(bytes.bytes.view());
}

/// The publiccode `name` of a definition (inline, or in the publiccode.yml it references inside
/// its folder); empty when absent or unreadable.
std::string product_name_of(const InputSource& definition, std::size_t max_input_bytes) {
  const servicedef::YamlDocument document = read_yaml_file(definition, max_input_bytes);
  const servicedef::YamlNode* root = document.root.get();
  if (!root || root->kind != servicedef::YamlNode::Kind::kMap) return "";
  if (!root->find("konform")) {  // a plain publiccode.yml
    const auto* name = scalar(root->find("name"));
    return name ? name->value : "";
  }
  const servicedef::YamlNode* publiccode = root->find("publiccode");
  if (!publiccode) return "";
  if (publiccode->kind == servicedef::YamlNode::Kind::kMap) {
    const auto* name = scalar(publiccode->find("name"));
    return name ? name->value : "";
  }
  if (publiccode->kind != servicedef::YamlNode::Kind::kScalar) return "";
  // Like the check stage: the referenced file must stay inside the definition's folder.
  const fs::path written(publiccode->value);
  const fs::path relative = written.lexically_normal();
  if (written.empty() || written.is_absolute() || relative.begin()->string() == "..") return "";
  const fs::path file = definition.file.parent_path() / relative;
  const servicedef::YamlDocument referenced =
      read_yaml_file({file.string(), file}, max_input_bytes);
  if (!referenced.root || referenced.root->kind != servicedef::YamlNode::Kind::kMap) return "";
  const auto* name = scalar(referenced.root->find("name"));
  return name ? name->value : "";
}

}  // namespace

CandidateSource discover_candidate(const std::string& operand, std::size_t max_input_bytes) {
  if (operand == "-") throw ConfigError("a candidate must be a folder or a file, not -", operand);
  CandidateSource candidate;
  candidate.name = name_of(operand);
  candidate.path = operand;
  candidate.inputs = discover_inputs({operand});
  bool any_definition = false;
  for (const auto& input : candidate.inputs) {
    if (!is_service_definition_file(input.file)) continue;
    any_definition = true;
    if (candidate.product_name.empty()) {
      candidate.product_name = product_name_of(input, max_input_bytes);
    }
  }
  if (!any_definition) {
    throw ConfigError(
        "no service definition (konform-service.yml, publiccode.yml) in this candidate", operand);
  }
  return candidate;
}

}  // namespace konform::compare
