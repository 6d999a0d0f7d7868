// `konform rules`: the catalogue of built-in rules, one line each (id, severity, title) or JSON
// (reports/rule_catalogue.h).
#include <iostream>

#include "reports/rule_catalogue.h"
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
      reports::render_rule_catalogue_json(rules, std::cout);
    } else {
      reports::render_rule_catalogue_text(rules, std::cout);
    }
    return static_cast<int>(kExitOk);
  };
}

}  // namespace konform::cli
