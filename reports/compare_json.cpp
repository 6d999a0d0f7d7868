// The `json` format of `konform compare`, a CLI contract documented by
// xsd/compare-1.schema.json. Keys come in a fixed order (ordered_json); `cells` of each rule are
// parallel to `candidates`. New keys may be added, never renamed.
#include <nlohmann/json.hpp>

#include "reports/compare_renderers.h"

namespace konform::reports {
namespace {

using Json = nlohmann::ordered_json;

Json cell_json(const CompareCell& cell) {
  Json json{{"state", to_string(cell.state)}, {"findings", cell.findings}};
  if (cell.findings > 0) json["severity"] = to_string(cell.severity);
  json["waived"] = cell.waived;
  return json;
}

Json candidate_json(const CompareCandidate& candidate) {
  Json json{{"name", candidate.name}, {"path", candidate.path}};
  if (!candidate.product_name.empty()) json["productName"] = candidate.product_name;
  json["verdict"] = to_string(candidate.verdict);
  json["totals"] = Json{{"inputs", candidate.totals.inputs},
                        {"errors", candidate.totals.errors},
                        {"warnings", candidate.totals.warnings},
                        {"infos", candidate.totals.infos},
                        {"waived", candidate.totals.waived}};
  Json inputs = Json::array();
  for (const auto& input : candidate.inputs) {
    inputs.push_back(Json{{"path", input.path},
                          {"documentType", input.document_type},
                          {"verdict", to_string(input.verdict)}});
  }
  json["inputs"] = std::move(inputs);
  return json;
}

Json row_json(const CompareRow& row) {
  Json cells = Json::array();
  for (const auto& cell : row.cells) cells.push_back(cell_json(cell));
  Json json{{"id", row.rule_id}};
  // A title the rule does not have is left out, not written empty.
  if (!row.title.empty()) json["title"] = row.title;
  if (!row.title_de.empty()) json["titleDe"] = row.title_de;
  json["severity"] = to_string(row.severity);
  json["level"] = to_string(row.level);
  json["profile"] = row.profile;
  json["topic"] = row.topic;
  json["cells"] = std::move(cells);
  return json;
}

}  // namespace

void render_compare_json(const CompareMatrix& matrix, const RenderOptions& /*options*/,
                         std::ostream& out) {
  Json profiles = Json::array();
  for (const auto& profile : matrix.profiles) {
    Json json{{"id", profile.id},
              {"version", profile.version},
              {"level", profile.level},
              {"sha256", profile.sha256}};
    if (!profile.publisher.empty()) json["publisher"] = profile.publisher;
    profiles.push_back(std::move(json));
  }
  Json candidates = Json::array();
  for (const auto& candidate : matrix.candidates) candidates.push_back(candidate_json(candidate));
  Json rules = Json::array();
  for (const auto& row : matrix.rows) rules.push_back(row_json(row));

  Json json{{"tool", Json{{"name", matrix.tool_name}, {"version", matrix.tool_version}}},
            {"profiles", std::move(profiles)}};
  if (!matrix.as_of.empty()) json["asOf"] = matrix.as_of;
  json["verdict"] = to_string(matrix.verdict);
  json["candidates"] = std::move(candidates);
  json["rules"] = std::move(rules);
  out << json.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) << '\n';
}

}  // namespace konform::reports
