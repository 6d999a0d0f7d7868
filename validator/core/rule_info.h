// Metadata of a rule, as data: what `konform rules` lists, what SARIF's tool.driver.rules and the
// generated docs are built from. Built-in rule kinds declare theirs in
// validator/rules/builtin_rules.xml; rules from profiles (Schematron, code lists) bring their own.
#pragma once

#include <string>

#include "validator/core/severity.h"

namespace konform {

/// Describes one rule.
struct RuleInfo {
  std::string id;  ///< stable kebab-case id, the same in reports, docs and fixtures
  Severity default_severity = Severity::kError;
  std::string title;     ///< one line, English
  std::string title_de;  ///< one line, German
  std::string source;    ///< specification clause or guideline the rule enforces

  friend bool operator==(const RuleInfo&, const RuleInfo&) = default;
};

}  // namespace konform
