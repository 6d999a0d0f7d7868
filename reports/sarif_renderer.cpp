// The `sarif` format: SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps, IDEs).
// One run; tool.driver.rules lists every rule of Report::rules (not only those that fired) so a
// viewer can show what was checked; results point at the input path as a relative URI and, when
// known, at the node's fn:path as a logical location. German text and the profile origin go
// into property bags, since SARIF has no slot for them. A waived finding is a result with an
// external, accepted suppression (§3.35) whose justification is the waiver's reason; report-level
// notices (expired or unused waivers) are tool configuration notifications (§3.20.22).
#include <nlohmann/json.hpp>

#include <span>
#include <sstream>

#include "reports/catalogue_placement.h"
#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/sarif_rule_catalogue.h"
#include "reports/wording.h"
#include "validator/core/severity.h"

namespace konform::reports {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

// SARIF's result levels are konform's severities, except "note", its word for info.
std::string_view sarif_level(Severity severity) {
  return severity == Severity::kInfo ? "note" : to_string(severity);
}

// SARIF 2.1.0 §3.33.7 names kinds for XML nodes; the last step of an fn:path tells which.
std::string_view logical_kind(std::string_view xpath) {
  const std::size_t slash = xpath.rfind('/');
  const std::string_view step = slash == std::string_view::npos ? xpath : xpath.substr(slash + 1);
  if (step.starts_with('@')) return "attribute";
  if (step.starts_with("text()")) return "text";
  if (step.starts_with("comment()")) return "comment";
  if (step.starts_with("processing-instruction(")) return "processingInstruction";
  return "element";
}

/// A German title only where the rule has one (no empty strings).
Json rule_properties(const RuleInfo& rule) {
  Json properties = Json::object();
  if (!rule.title_de.empty()) properties["titleDe"] = rule.title_de;
  properties["source"] = rule.source;
  return properties;
}

Json rule_json(const RuleInfo& rule) {
  return Json{{"id", rule.id},
              {"shortDescription", Json{{"text", rule.title.empty() ? rule.id : rule.title}}},
              {"defaultConfiguration", Json{{"level", sarif_level(rule.default_severity)}}},
              {"properties", rule_properties(rule)}};
}

Json artifact_location(std::string_view path) { return Json{{"uri", uri_escape_path(path)}}; }

Json location_json(std::string_view path, const Location& location) {
  Json physical{{"artifactLocation", artifact_location(path)}};
  if (location.line > 0) {
    Json region{{"startLine", location.line}};
    if (location.column > 0) region["startColumn"] = location.column;
    physical["region"] = std::move(region);
  }
  Json json{{"physicalLocation", std::move(physical)}};
  if (!location.xpath.empty()) {
    json["logicalLocations"] = Json::array(
        {Json{{"fullyQualifiedName", location.xpath}, {"kind", logical_kind(location.xpath)}}});
  }
  return json;
}

Json result_json(const InputResult& input, const Finding& finding,
                 const SarifRuleIndex& rule_index) {
  Json json{{"ruleId", finding.rule_id}};
  // A finding whose rule is missing from Report::rules still gets reported, just unindexed.
  if (auto it = rule_index.find(finding.rule_id); it != rule_index.end()) {
    json["ruleIndex"] = it->second;
  }
  json["level"] = sarif_level(finding.severity);
  json["message"] = Json{{"text", finding.message}};
  json["locations"] = Json::array({location_json(input.path, finding.location)});
  Json properties;
  if (!finding.message_de.empty()) properties["messageDe"] = finding.message_de;
  properties["origin"] = Json{{"profile", finding.origin.profile},
                              {"version", finding.origin.version},
                              {"level", finding.origin.level}};
  properties["source"] = finding.source;
  json["properties"] = std::move(properties);
  if (finding.waiver) {
    json["suppressions"] =
        Json::array({Json{{"kind", "external"},
                          {"status", "accepted"},
                          {"justification", finding.waiver->reason},
                          {"properties", Json{{"author", finding.waiver->author},
                                              {"expires", finding.waiver->expires}}}}});
  }
  return json;
}

Json invocation_json(const Report& report) {
  Json notifications = Json::array();
  for (const auto& input : report.inputs) {
    if (input.verdict != Verdict::kIncomplete) continue;
    notifications.push_back(Json{
        {"level", "error"},
        {"message", Json{{"text", input.path + " is incomplete: " + incomplete_reason(input)}}},
        {"locations",
         Json::array({Json{
             {"physicalLocation", Json{{"artifactLocation", artifact_location(input.path)}}}}})}});
  }
  Json json{{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) json["toolExecutionNotifications"] = std::move(notifications);
  if (!report.notices.empty()) {
    Json configuration = Json::array();
    for (const auto& notice : report.notices) {
      // An expired waiver lets findings count again: worth a warning, the rest are notes.
      configuration.push_back(Json{{"level", is_warning(notice) ? "warning" : "note"},
                                   {"message", Json{{"text", notice.message}}},
                                   {"descriptor", Json{{"id", notice.code}}},
                                   {"properties", Json{{"messageDe", notice.message_de}}}});
    }
    json["toolConfigurationNotifications"] = std::move(configuration);
  }
  return json;
}

/// The log, listing `rules` (null: the placeholder a catalogue replaces); results refer to them
/// by `rule_index`.
Json sarif_json(const Report& report, Json rules, const SarifRuleIndex& rule_index) {
  Json results = Json::array();
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) {
      results.push_back(result_json(input, finding, rule_index));
    }
  }
  Json profiles = Json::array();
  for (const auto& profile : report.profiles) {
    profiles.push_back(Json{{"id", profile.id},
                            {"version", profile.version},
                            {"level", profile.level},
                            {"sha256", profile.sha256}});
  }

  Json driver{{"name", report.tool_name}};
  if (!report.tool_version.empty()) driver["version"] = report.tool_version;
  driver["rules"] = std::move(rules);

  Json run_properties{{"verdict", to_string(report.verdict)}, {"profiles", std::move(profiles)}};
  if (!report.lock.empty()) run_properties["lock"] = report.lock;
  if (!report.waivers.empty()) run_properties["waivers"] = report.waivers;
  const Json run{{"tool", Json{{"driver", std::move(driver)}}},
                 {"invocations", Json::array({invocation_json(report)})},
                 {"results", std::move(results)},
                 {"properties", std::move(run_properties)}};
  return Json{{"$schema", kSarifSchema}, {"version", "2.1.0"}, {"runs", Json::array({run})}};
}

Json rules_json(std::span<const RuleInfo> rules) {
  Json json = Json::array();
  for (const auto& rule : rules) json.push_back(rule_json(rule));
  return json;
}

/// Ids viewed in `rules`; the first of an id listed twice.
SarifRuleIndex index_of(std::span<const RuleInfo> rules) {
  SarifRuleIndex index;
  for (std::size_t i = 0; i < rules.size(); ++i) index.emplace(rules[i].id, i);
  return index;
}

std::string dumped(const Json& json) {
  return json.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

/// tool.driver.rules, five objects deep: strings are escaped (no raw line break), so only that
/// key can start a line this way.
constexpr std::string_view kRulesKey = "\n          \"rules\": ";
constexpr std::string_view kRulesPlaceholder = "\n          \"rules\": null";

}  // namespace

void render_sarif(const Report& report, const RenderOptions& /*options*/, std::ostream& out) {
  out << dumped(sarif_json(report, rules_json(report.rules), index_of(report.rules))) << '\n';
}

SarifRuleCatalogue::SarifRuleCatalogue(RuleList rules)
    : RuleCatalogueText(rules, nested_json(kRulesKey, dumped(rules_json(rules)), 10)),
      index_(index_of(this->rules())) {}

RenderedPieces render_sarif_with(const Report& report, const SarifRuleCatalogue& catalogue) {
  return place_catalogue(
      report, catalogue, kRulesPlaceholder, "\n",
      [&] { return dumped(sarif_json(report, nullptr, catalogue.index())); }, render_sarif);
}

}  // namespace konform::reports
