// `konform profile diff --format json`, a CLI contract documented by
// xsd/profile-diff-1.schema.json. Keys come in a fixed order (ordered_json); a value a side does
// not have is left out (an added item has no `before`), never written as "". New keys may be
// added, never renamed.
#include <nlohmann/json.hpp>

#include "reports/profile_diff_renderers.h"

namespace konform::reports {
namespace {

using Json = nlohmann::ordered_json;

Json side_json(const ProfileDiff::Side& side) {
  return Json{{"id", side.id}, {"version", side.version}, {"sha256", side.sha256}};
}

void put_if_set(Json& json, const char* key, const std::string& value) {
  if (!value.empty()) json[key] = value;
}

Json items_json(const std::vector<ProfileDiff::Item>& items) {
  Json out = Json::array();
  for (const auto& item : items) {
    Json fields = Json::array();
    for (const auto& field : item.fields) {
      Json json{{"name", field.name}};
      put_if_set(json, "before", field.before);
      put_if_set(json, "after", field.after);
      fields.push_back(std::move(json));
    }
    out.push_back(
        Json{{"id", item.id}, {"change", to_string(item.change)}, {"fields", std::move(fields)}});
  }
  return out;
}

Json codelists_json(const std::vector<ProfileDiff::CodeList>& lists) {
  Json out = Json::array();
  for (const auto& list : lists) {
    Json json{{"uri", list.uri}, {"change", to_string(list.change)}};
    if (list.change != ProfileDiff::Change::kAdded) {
      json["versionBefore"] = list.version_before;
      json["codesBefore"] = list.codes_before;
    }
    if (list.change != ProfileDiff::Change::kRemoved) {
      json["versionAfter"] = list.version_after;
      json["codesAfter"] = list.codes_after;
    }
    json["codesAdded"] = list.codes_added;
    json["codesRemoved"] = list.codes_removed;
    out.push_back(std::move(json));
  }
  return out;
}

Json artefacts_json(const std::vector<ProfileDiff::Artefact>& artefacts) {
  Json out = Json::array();
  for (const auto& artefact : artefacts) {
    Json json{{"profile", artefact.profile},
              {"path", artefact.path},
              {"kind", artefact.kind},
              {"change", to_string(artefact.change)}};
    put_if_set(json, "sha256Before", artefact.sha256_before);
    put_if_set(json, "sha256After", artefact.sha256_after);
    out.push_back(std::move(json));
  }
  return out;
}

}  // namespace

void render_profile_diff_json(const ProfileDiff& diff, std::ostream& out) {
  const Json json{{"from", side_json(diff.from)},
                  {"to", side_json(diff.to)},
                  {"differences", !diff.empty()},
                  {"documentTypes", items_json(diff.document_types)},
                  {"rules", items_json(diff.rules)},
                  {"codeLists", codelists_json(diff.codelists)},
                  {"artefacts", artefacts_json(diff.artefacts)}};
  out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace konform::reports
