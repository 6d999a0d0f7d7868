#include "reports/rule_catalogue.h"

#include <nlohmann/json.hpp>

#include <iomanip>

namespace konform::reports {

void render_rule_catalogue_text(std::span<const RuleInfo> rules, std::ostream& out) {
  // Columns wide enough for the longest built-in id and severity; a longer id pushes its line.
  for (const auto& rule : rules) {
    out << std::left << std::setw(32) << rule.id << std::setw(9) << to_string(rule.default_severity)
        << rule.title << "\n";
  }
}

void render_rule_catalogue_json(std::span<const RuleInfo> rules, std::ostream& out) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& rule : rules) {
    list.push_back({{"id", rule.id},
                    {"severity", to_string(rule.default_severity)},
                    {"title", rule.title},
                    {"titleDe", rule.title_de},
                    {"source", rule.source}});
  }
  out << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace konform::reports
