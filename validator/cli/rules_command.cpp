// `konform rules`: the catalogue of built-in rules, one line each (id, severity, title).
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/rules/registry.h"

namespace konform::cli {

Command add_rules_command(CLI::App& app) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* cmd =
      app.add_subcommand("rules", "List the built-in rules with a one-line description");
  cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
  return [format] {
    // The registry lists them sorted by id.
    std::vector<RuleInfo> rules;
    for (const auto& rule : rules::builtin_rules()) rules.push_back(rule.info);
    if (*format == "json") {
      auto list = nlohmann::ordered_json::array();
      for (const auto& rule : rules) {
        list.push_back({{"id", rule.id},
                        {"severity", to_string(rule.default_severity)},
                        {"title", rule.title},
                        {"titleDe", rule.title_de},
                        {"source", rule.source}});
      }
      std::cout << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      return static_cast<int>(kExitOk);
    }
    for (const auto& rule : rules) {
      std::cout << std::left << std::setw(32) << rule.id << std::setw(9)
                << to_string(rule.default_severity) << rule.title << "\n";
    }
    return static_cast<int>(kExitOk);
  };
}

}  // namespace konform::cli
