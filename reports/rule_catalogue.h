// Renderers of `konform rules`, the catalogue of built-in rules: pure functions of the rules'
// metadata (RuleInfo), in the order given. Text for the terminal (one aligned line per rule: id,
// default severity, English title), JSON for scripts (a CLI contract: keys in a fixed order, new
// keys may be added, never renamed).
#pragma once

#include <ostream>
#include <span>

#include "validator/core/rule_info.h"

namespace konform::reports {

void render_rule_catalogue_text(std::span<const RuleInfo> rules, std::ostream& out);
void render_rule_catalogue_json(std::span<const RuleInfo> rules, std::ostream& out);

}  // namespace konform::reports
