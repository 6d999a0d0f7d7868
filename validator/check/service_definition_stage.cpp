// The check stage for a service definition: the YAML is read into its XML view
// (validator/servicedef), the view goes through the same matching, XSD and Schematron stages as
// a message, and every finding is moved back onto the line and column of the YAML key it is
// about, with the key's path as a property.
#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "validator/check/input_checker.h"
#include "validator/core/stage.h"
#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"
#include "validator/servicedef/service_definition.h"

namespace konform {
namespace {

/// YAML problems quote keys and, from yaml-cpp, bits of the text: only as far as `excerpts` allows.
Finding yaml_finding(const servicedef::YamlProblem& problem, const ExcerptPolicy& excerpts) {
  return rules::builtin_finding(rules::kYamlWellformed, excerpt_quoted(problem.message, excerpts),
                                excerpt_quoted(problem.message_de, excerpts),
                                Location{problem.position.line, problem.position.column, ""});
}

void move_onto_yaml(Finding& finding, const servicedef::XmlView& view) {
  if (finding.location.line <= 0) return;
  const servicedef::ViewOrigin& origin = view.origin_of(finding.location.line);
  finding.location.line = origin.position.line;
  finding.location.column = origin.position.column;
  if (!origin.yaml_path.empty()) {
    finding.properties.emplace_back("yaml.path", origin.yaml_path);
    // XSD messages name view elements; like publiccode-parser, say which key they are about.
    if (rules::is(finding, rules::kXsdValid))
      finding.message = origin.yaml_path + ": " + finding.message;
  }
  if (!origin.file.empty()) {
    // The node lives in the referenced publiccode.yml; the finding points at `publiccode:`.
    finding.properties.emplace_back("yaml.file", origin.file);
    finding.properties.emplace_back("yaml.line", std::to_string(origin.file_position.line));
    finding.properties.emplace_back("yaml.column", std::to_string(origin.file_position.column));
  }
}

/// The last key of a YAML path ("a.b[2].c" -> "c").
std::string last_key(const std::string& path) {
  std::string key = path.substr(path.rfind('.') == std::string::npos ? 0 : path.rfind('.') + 1);
  return key.substr(0, key.find('['));
}

/// The kind of XSD error `finding` is; kOther for every other finding.
SchemaError::Kind schema_error_kind(const Finding& finding) {
  return rules::is(finding, rules::kXsdValid) && finding.schema_error ? finding.schema_error->kind
                                                                      : SchemaError::Kind::kOther;
}

/// The element names of the content model an XSD finding is about, "a, b, c"; empty for others.
std::string expected_names(const Finding& finding) {
  std::string names;
  if (!finding.schema_error) return names;
  const std::vector<std::string>& expected = finding.schema_error->expected;
  for (std::size_t i = 0; i < expected.size(); ++i) names += (i == 0 ? "" : ", ") + expected[i];
  return names;
}

/// XSD reports an unknown key three times (no declaration, attribute not declared, not allowed
/// by the content model); users of publiccode tooling expect one "unknown key" finding.
void merge_unknown_keys(std::vector<Finding>& findings, const servicedef::XmlView& view,
                        const ExcerptPolicy& excerpts) {
  std::vector<Finding> kept;
  std::vector<int> unknown_lines;
  for (const auto& finding : findings) {
    if (schema_error_kind(finding) == SchemaError::Kind::kElementNotDeclared)
      unknown_lines.push_back(finding.location.line);
  }
  for (auto& finding : findings) {
    const bool on_unknown = rules::is(finding, rules::kXsdValid) &&
                            std::find(unknown_lines.begin(), unknown_lines.end(),
                                      finding.location.line) != unknown_lines.end();
    if (!on_unknown) {
      kept.push_back(std::move(finding));
      continue;
    }
    if (schema_error_kind(finding) != SchemaError::Kind::kElementNotDeclared) continue;
    const std::string key =
        excerpt(last_key(view.origin_of(finding.location.line).yaml_path), excerpts);
    std::string expected;
    for (const auto& other : findings) {
      if (other.location.line == finding.location.line && expected.empty())
        expected = expected_names(other);
    }
    const RuleInfo& rule = rules::builtin_rule(rules::kServicedefUnknownKey);
    finding.rule_id = rule.id;
    finding.source = rule.source;
    finding.message = "unknown key '" + key + "'" +
                      (expected.empty() ? std::string() : "; expected here: " + expected);
    finding.message_de = "unbekannter Schlüssel '" + key + "'" +
                         (expected.empty() ? std::string() : "; hier erwartet: " + expected);
    kept.push_back(std::move(finding));
  }
  findings = std::move(kept);
}

}  // namespace

InputResult InputChecker::check_service_definition(const InputSource& input, std::string_view bytes,
                                                   const servicedef::ServiceDefinition* parsed) {
  const auto start = std::chrono::steady_clock::now();
  // Read once per run: the plan (product_check.h) usually parsed it already.
  std::optional<servicedef::ServiceDefinition> read_here;
  if (parsed == nullptr) read_here = servicedef::read_service_definition(bytes, input.file);
  const servicedef::ServiceDefinition& definition = parsed != nullptr ? *parsed : *read_here;
  InputResult result;
  for (const auto& problem : definition.problems)
    result.findings.push_back(yaml_finding(problem, options_.excerpts));
  const bool has_errors = apply_policy(result.findings, Origin{}, profile_.policy);
  const double elapsed =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const bool read_failed = !definition.view.has_value();
  result.stages.push_back(stage_result(Stage::kYaml,
                                       read_failed  ? StageStatus::kFailed
                                       : has_errors ? StageStatus::kFailed
                                                    : StageStatus::kPassed,
                                       elapsed));
  if (read_failed) {
    // Without a view nothing else can be checked; the input is not conformant.
    result.stages.push_back(stage_result(Stage::kMatch, StageStatus::kSkipped, 0));
    result.stages.push_back(stage_result(Stage::kXsd, StageStatus::kSkipped, 0));
    return result;
  }
  InputResult checked = check_bytes(input, definition.view->xml);
  merge_unknown_keys(checked.findings, *definition.view, options_.excerpts);
  for (auto& finding : checked.findings) move_onto_yaml(finding, *definition.view);
  result.document_type = std::move(checked.document_type);
  result.checked_by = std::move(checked.checked_by);
  result.findings.insert(result.findings.end(), checked.findings.begin(), checked.findings.end());
  result.stages.insert(result.stages.end(), checked.stages.begin(), checked.stages.end());
  result.assessed_rules = std::move(checked.assessed_rules);
  result.read_end = checked.read_end;
  return result;
}

}  // namespace konform
