// The `json` format, a CLI contract documented by xsd/report-1.schema.json. Keys come in a fixed
// order (ordered_json) so diffs of two runs are readable; new keys may be added, never renamed.
// Strings are written as UTF-8; invalid UTF-8 in report text becomes U+FFFD instead of throwing.
#include <nlohmann/json.hpp>

#include <span>
#include <sstream>

#include "reports/catalogue_placement.h"
#include "reports/formats.h"
#include "reports/text_rule_catalogues.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

using Json = nlohmann::ordered_json;

Json profile_json(const ProfileSummary& profile) {
  Json json{{"id", profile.id},
            {"version", profile.version},
            {"level", profile.level},
            {"sha256", profile.sha256}};
  if (!profile.publisher.empty()) json["publisher"] = profile.publisher;
  return json;
}

Json rule_json(const RuleInfo& rule) {
  Json json{{"id", rule.id}, {"severity", to_string(rule.default_severity)}};
  // A rule set may give no title in a language: the key is left out rather than empty.
  if (!rule.title.empty()) json["title"] = rule.title;
  if (!rule.title_de.empty()) json["titleDe"] = rule.title_de;
  json["source"] = rule.source;
  return json;
}

Json stage_json(const StageResult& stage) {
  return Json{
      {"name", stage.name}, {"status", to_string(stage.status)}, {"ms", reported_ms(stage.ms)}};
}

Json finding_json(const Finding& finding) {
  Json json{{"ruleId", finding.rule_id},
            {"severity", to_string(finding.severity)},
            {"message", finding.message}};
  if (!finding.message_de.empty()) json["messageDe"] = finding.message_de;
  json["location"] = Json{{"line", finding.location.line},
                          {"column", finding.location.column},
                          {"xpath", finding.location.xpath}};
  json["origin"] = Json{{"profile", finding.origin.profile},
                        {"version", finding.origin.version},
                        {"level", finding.origin.level}};
  json["source"] = finding.source;
  if (!finding.properties.empty()) {
    Json properties = Json::object();
    for (const auto& [key, value] : finding.properties) properties[key] = value;
    json["properties"] = std::move(properties);
  }
  if (finding.waiver) {
    json["waiver"] = Json{{"reason", finding.waiver->reason},
                          {"author", finding.waiver->author},
                          {"expires", finding.waiver->expires}};
  }
  return json;
}

Json input_json(const InputResult& input) {
  Json stages = Json::array();
  for (const auto& stage : input.stages) stages.push_back(stage_json(stage));
  Json findings = Json::array();
  for (const auto& finding : input.findings) findings.push_back(finding_json(finding));
  Json json{{"path", input.path},
            {"documentType", input.document_type},
            {"verdict", to_string(input.verdict)},
            {"stages", std::move(stages)},
            {"findings", std::move(findings)},
            {"assessedRules", input.assessed_rules}};
  // Which profile version checked it: two versions of one standard may be selected side by side.
  if (!input.checked_by.profile.empty()) {
    json["profile"] = Json{{"id", input.checked_by.profile}, {"version", input.checked_by.version}};
  }
  return json;
}

Json rules_json(std::span<const RuleInfo> rules) {
  Json json = Json::array();
  for (const auto& rule : rules) json.push_back(rule_json(rule));
  return json;
}

std::string dumped(const Json& json) {
  return json.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

/// The report's object with `rules` as given (null: a place for a catalogue's text).
Json report_json(const Report& report, Json rules) {
  Json profiles = Json::array();
  for (const auto& profile : report.profiles) profiles.push_back(profile_json(profile));
  Json inputs = Json::array();
  for (const auto& input : report.inputs) inputs.push_back(input_json(input));

  Json json{{"tool", Json{{"name", report.tool_name}, {"version", report.tool_version}}},
            {"profiles", std::move(profiles)},
            {"verdict", to_string(report.verdict)},
            {"summary", Json{{"inputs", report.summary.inputs},
                             {"errors", report.summary.errors},
                             {"warnings", report.summary.warnings},
                             {"infos", report.summary.infos},
                             {"waived", report.summary.waived}}}};
  // The validation date decides which dated artefacts apply; reports say which one was used.
  if (!report.as_of.empty()) json["asOf"] = report.as_of;
  if (!report.lock.empty()) json["lock"] = report.lock;
  if (!report.waivers.empty()) json["waivers"] = report.waivers;
  if (!report.waivers_sha256.empty()) json["waiversSha256"] = report.waivers_sha256;
  if (!report.notices.empty()) {
    Json notices = Json::array();
    for (const auto& notice : report.notices) {
      notices.push_back(Json{
          {"code", notice.code}, {"message", notice.message}, {"messageDe", notice.message_de}});
    }
    json["notices"] = std::move(notices);
  }
  json["rules"] = std::move(rules);
  json["inputs"] = std::move(inputs);
  return json;
}

/// How the report's object writes a null `rules`: strings are escaped (no raw line break), so
/// only the top-level key can start a line this way.
constexpr std::string_view kRulesPlaceholder = "\n  \"rules\": null";

}  // namespace

void render_json(const Report& report, const RenderOptions& /*options*/, std::ostream& out) {
  out << dumped(report_json(report, rules_json(report.rules))) << '\n';
}

std::string JsonRules::write(const RuleList& rules) {
  return nested_json("\n  \"rules\": ", dumped(rules_json(rules)), 2);
}

RenderedPieces render_json_with(const Report& report, const JsonRuleCatalogue& catalogue) {
  return place_catalogue(
      report, catalogue, kRulesPlaceholder, "\n",
      [&] { return dumped(report_json(report, nullptr)); }, render_json);
}

}  // namespace konform::reports
