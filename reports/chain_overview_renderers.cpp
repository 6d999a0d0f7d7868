#include "reports/chain_overview_renderers.h"

#include <nlohmann/json.hpp>

namespace konform::reports {

using Json = nlohmann::ordered_json;

void render_chain_overview_text(const ChainOverview& overview, std::ostream& out) {
  out << "chain (parents first):\n";
  for (const auto& profile : overview.chain) {
    out << "  " << profile.id << " " << profile.version << "  " << profile.level << "  sha256 "
        << profile.sha256 << "\n";
    // sha256sum's format: `sha256sum -c` in the profile folder checks them.
    out << "    files the chain hash covers (relative to " << profile.folder << "):\n";
    for (const auto& artefact : profile.artefacts) {
      out << "      " << artefact.sha256 << "  " << artefact.path << "\n";
    }
  }
  out << "document types:\n";
  for (const auto& type : overview.document_types) {
    out << "  " << type.id << "  {" << type.match_namespace << "}" << type.match_local_name << "  ("
        << type.profile << ")\n";
  }
  out << "rules changed by the chain:\n";
  for (const auto& rule : overview.rules) {
    if (rule.declared_by.empty()) continue;
    out << "  " << rule.id << "  " << (rule.enabled ? to_string(rule.severity) : "off") << "  by "
        << rule.declared_by
        << (rule.binding ? "  binding at " + std::string(to_string(*rule.binding)) : "")
        << (rule.reason.empty() ? "" : "  reason: " + rule.reason) << "\n";
  }
  for (const auto& notice : overview.notices) out << "note: " << notice << "\n";
}

void render_chain_overview_json(const ChainOverview& overview, std::ostream& out) {
  auto json = Json::object();
  json["chain"] = Json::array();
  for (const auto& profile : overview.chain) {
    auto artefacts = Json::array();
    for (const auto& artefact : profile.artefacts) {
      artefacts.push_back({{"path", artefact.path}, {"sha256", artefact.sha256}});
    }
    json["chain"].push_back({{"id", profile.id},
                             {"version", profile.version},
                             {"level", profile.level},
                             {"publisher", profile.publisher},
                             {"folder", profile.folder},
                             {"sha256", profile.sha256},
                             {"artefacts", std::move(artefacts)}});
  }
  json["documentTypes"] = Json::array();
  for (const auto& type : overview.document_types) {
    json["documentTypes"].push_back({{"id", type.id},
                                     {"namespace", type.match_namespace},
                                     {"localName", type.match_local_name},
                                     {"schema", type.schema},
                                     {"schematron", type.schematrons},
                                     {"origin", type.profile}});
  }
  json["rules"] = Json::array();
  for (const auto& rule : overview.rules) {
    json["rules"].push_back({{"id", rule.id},
                             {"severity", to_string(rule.severity)},
                             {"enabled", rule.enabled},
                             {"binding", rule.binding ? std::string(to_string(*rule.binding)) : ""},
                             {"declaredBy", rule.declared_by},
                             {"reason", rule.reason}});
  }
  out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace konform::reports
