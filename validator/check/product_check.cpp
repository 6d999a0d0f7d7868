#include "validator/check/product_check.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "validator/core/stage.h"
#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"

namespace konform {
namespace fs = std::filesystem;
namespace {

/// Whether `type` is the document type that checked `result` (by id and defining profile: two
/// versions of one standard side by side share their types' ids).
bool checked(const CompiledDocumentType& type, const InputResult& result) {
  return type.id == result.document_type && type.origin == result.checked_by;
}

std::string key_of(const fs::path& file) {
  std::error_code ec;
  auto canonical = fs::weakly_canonical(file, ec);
  return ec ? file.lexically_normal().string() : canonical.string();
}

/// How a sample is shown: relative to the definition as the user named it.
std::string display_path_of(const InputSource& definition, const std::string& written) {
  return (fs::path(definition.display_path).parent_path() / written).lexically_normal().string();
}

std::string standard_text(const std::string& name, const std::string& version) {
  return version.empty() ? name : name + " " + version;
}

Finding cross_finding(rules::RuleId rule_id, servicedef::YamlPosition position, std::string message,
                      std::string message_de, std::string yaml_path) {
  Finding finding = rules::builtin_finding(rule_id, std::move(message), std::move(message_de),
                                           Location{position.line, position.column, ""});
  finding.properties.emplace_back("yaml.path", std::move(yaml_path));
  return finding;
}

void check_standards(const ProductPlan::Product& product, const CompiledProfile& profile,
                     const std::string& as_of, std::vector<Finding>& out) {
  std::string allowed;
  for (const auto& standard : profile.standards) {
    if (!standard.validity.applies_on(as_of)) continue;
    allowed += (allowed.empty() ? "" : ", ") + standard_text(standard.name, standard.version);
  }
  if (allowed.empty()) allowed = "none";
  for (std::size_t i = 0; i < product.standards.size(); ++i) {
    const auto& declared = product.standards[i];
    const std::string text = standard_text(declared.name, declared.version);
    const std::string path = "interfaces[" + std::to_string(i) + "].standard";
    bool known = false, applies = false;
    for (const auto& standard : profile.standards) {
      if (standard.name != declared.name || standard.version != declared.version) continue;
      known = true;
      applies |= standard.validity.applies_on(as_of);
    }
    if (applies) continue;
    if (known) {
      out.push_back(cross_finding(
          rules::kServicedefStandardNotAllowed, declared.position,
          text + " is not valid on " + as_of + " in the profile chain; allowed: " + allowed,
          text + " gilt am " + as_of + " nicht in der Profilkette; zulässig: " + allowed, path));
    } else {
      out.push_back(cross_finding(
          rules::kServicedefStandardNotAllowed, declared.position,
          text + " is not a standard the profile chain allows; allowed: " + allowed,
          text + " ist kein Standard, den die Profilkette zulässt; zulässig: " + allowed, path));
    }
  }
}

void check_samples(const ProductPlan::Product& product, const CompiledProfile& profile,
                   const Report& report, std::vector<Finding>& out) {
  std::string declared_text;
  for (const auto& standard : product.standards) {
    declared_text +=
        (declared_text.empty() ? "" : ", ") + standard_text(standard.name, standard.version);
  }
  if (declared_text.empty()) declared_text = "none";
  for (std::size_t i = 0; i < product.samples.size(); ++i) {
    const auto& sample = product.samples[i];
    const std::string path = "samples[" + std::to_string(i) + "]";
    const std::string& written = sample.declared.written;
    if (!sample.input) {
      out.push_back(cross_finding(
          rules::kServicedefSampleMissing, sample.declared.position,
          "sample '" + written + "' is not a file inside the service definition's folder",
          "Beispiel '" + written + "' ist keine Datei im Ordner der Leistungsbeschreibung", path));
      continue;
    }
    const InputResult& result = report.inputs[*sample.input];
    if (result.document_type.empty()) {
      out.push_back(
          cross_finding(rules::kServicedefSampleUndeclared, sample.declared.position,
                        "sample '" + written +
                            "' matches no document type of the profile chain, so no declared "
                            "standard (declared: " +
                            declared_text + ")",
                        "Beispiel '" + written +
                            "' passt zu keinem Dokumenttyp der Profilkette und damit zu "
                            "keinem angegebenen Standard (angegeben: " +
                            declared_text + ")",
                        path));
      continue;
    }
    auto type = std::find_if(profile.document_types.begin(), profile.document_types.end(),
                             [&](const auto& t) { return checked(t, result); });
    const bool has_standard = type != profile.document_types.end() && type->standard;
    const bool declared =
        has_standard &&
        std::any_of(product.standards.begin(), product.standards.end(), [&](const auto& s) {
          return s.name == type->standard->name && s.version == type->standard->version;
        });
    if (declared) continue;
    const std::string implements =
        has_standard ? standard_text(type->standard->name, type->standard->version)
                     : "no named standard";
    out.push_back(cross_finding(
        rules::kServicedefSampleUndeclared, sample.declared.position,
        "sample '" + written + "' is a " + result.document_type + " message (" + implements +
            "), which the service definition does not declare (declared: " + declared_text + ")",
        "Beispiel '" + written + "' ist eine Nachricht " + result.document_type + " (" +
            implements +
            "), die die Leistungsbeschreibung nicht angibt (angegeben: " + declared_text + ")",
        path));
  }
}

/// A publiccode.yml a definition references is checked as part of that definition; alone it
/// would fail every organisational rule for lack of the declarations the definition makes.
void drop_referenced_publiccode(ProductPlan& plan, const std::set<std::string>& referenced) {
  if (referenced.empty()) return;
  std::vector<std::size_t> old_to_new(plan.inputs.size(), SIZE_MAX);
  std::vector<InputSource> kept;
  for (std::size_t i = 0; i < plan.inputs.size(); ++i) {
    const auto& input = plan.inputs[i];
    if (!input.is_stdin() && referenced.count(key_of(input.file)) != 0) continue;
    old_to_new[i] = kept.size();
    kept.push_back(input);
  }
  plan.inputs = std::move(kept);
  // A referenced publiccode.yml found in a folder was read as a (plain) definition: drop that.
  std::erase_if(plan.products,
                [&](const auto& product) { return old_to_new[product.definition] == SIZE_MAX; });
  for (auto& product : plan.products) {
    product.definition = old_to_new[product.definition];
    for (auto& sample : product.samples) {
      if (sample.input) sample.input = old_to_new[*sample.input];
    }
  }
}

}  // namespace

ProductPlan plan_products(std::vector<InputSource> inputs, std::size_t max_input_bytes) {
  ProductPlan plan;
  // Without a service definition there are no products, and no file identities to compare: each
  // costs a realpath walk (a readlink per path component), which made up a third of the time of
  // a batch of 5,000 small messages.
  if (std::none_of(inputs.begin(), inputs.end(), [](const InputSource& input) {
        return !input.is_stdin() && is_service_definition_file(input.file);
      })) {
    plan.inputs = std::move(inputs);
    return plan;
  }
  std::map<std::string, bool> given;          // canonical file -> named on the command line
  std::map<std::string, std::size_t> placed;  // canonical file -> index in plan.inputs
  for (const auto& input : inputs) {
    if (!input.is_stdin()) given[key_of(input.file)] = true;
  }
  // Samples the user also named are resolved once every input has its place.
  std::vector<std::string> deferred_keys;
  std::set<std::string> referenced;  // publiccode.yml files definitions reference
  for (const auto& input : inputs) {
    const std::size_t index = plan.inputs.size();
    plan.inputs.push_back(input);
    if (input.is_stdin()) continue;
    placed.emplace(key_of(input.file), index);
    if (!is_service_definition_file(input.file)) continue;
    InputBytes bytes = read_input(input, max_input_bytes);
    if (bytes.error || bytes.too_large) continue;  // the check stage reports it
    auto parsed = std::make_shared<const servicedef::ServiceDefinition>(
        servicedef::read_service_definition(bytes.bytes.view(), input.file));
    const servicedef::ServiceDefinition& definition = *parsed;
    ProductPlan::Product product;
    product.definition = index;
    product.parsed = parsed;
    product.standards = definition.standards;
    for (const auto& declared : definition.samples) {
      ProductPlan::Sample sample{declared, std::nullopt};
      std::error_code ec;
      if (!declared.file.empty() && fs::is_regular_file(declared.file, ec)) {
        const std::string key = key_of(declared.file);
        if (given.count(key) != 0) {
          deferred_keys.push_back(key);
          sample.input = SIZE_MAX;  // placeholder, resolved below
        } else if (auto it = placed.find(key); it != placed.end()) {
          sample.input = it->second;
        } else {
          sample.input = plan.inputs.size();
          placed.emplace(key, plan.inputs.size());
          plan.inputs.push_back({display_path_of(input, declared.written), declared.file});
        }
      }
      product.samples.push_back(std::move(sample));
    }
    plan.products.push_back(std::move(product));
    if (!definition.publiccode_file.empty()) referenced.insert(key_of(definition.publiccode_file));
  }
  std::size_t next = 0;
  for (auto& product : plan.products) {
    for (auto& sample : product.samples) {
      if (sample.input == SIZE_MAX) sample.input = placed.at(deferred_keys[next++]);
    }
  }
  drop_referenced_publiccode(plan, referenced);
  return plan;
}

const servicedef::ServiceDefinition* ProductPlan::parsed_definition(std::size_t index) const {
  for (const auto& product : products) {
    if (product.definition == index) return product.parsed.get();
  }
  return nullptr;
}

void cross_check_products(const ProductPlan& plan, const CompiledProfile& profile,
                          const std::string& as_of, Report& report) {
  for (const auto& product : plan.products) {
    InputResult& definition = report.inputs[product.definition];
    if (definition.document_type.empty()) continue;  // not read or not matched: said already
    std::vector<Finding> findings;
    check_standards(product, profile, as_of, findings);
    check_samples(product, profile, report, findings);
    auto type = std::find_if(profile.document_types.begin(), profile.document_types.end(),
                             [&](const auto& t) { return checked(t, definition); });
    bool has_errors = false;
    const RulePolicy& policy =
        type != profile.document_types.end() ? policy_of(profile, *type) : profile.policy;
    std::erase_if(findings, [&](Finding& finding) {
      if (type != profile.document_types.end()) finding.origin = type->origin;
      if (!policy.apply(finding)) return true;
      has_errors |= finding.severity == Severity::kError;
      return false;
    });
    definition.findings.insert(definition.findings.end(), findings.begin(), findings.end());
    definition.stages.push_back(
        stage_result(Stage::kCrosscheck, has_errors ? StageStatus::kFailed : StageStatus::kPassed));
  }
}

}  // namespace konform
