#include "validator/compile/untitled_rules.h"

#include <map>

#include "validator/rules/registry.h"

namespace konform {

std::vector<UntitledRule> untitled_rules(const CompiledProfile& compiled) {
  std::map<std::string, UntitledRule> rules;
  for_each_assertion(compiled.document_types, [&](const schematron::Schema&,
                                                  const schematron::Assertion& assertion) {
    if (rules::find_builtin_rule(assertion.id) != nullptr) return;
    auto [it, added] = rules.try_emplace(assertion.id);
    if (added) {
      it->second.id = assertion.id;
      it->second.place = assertion.source.file + ":" + std::to_string(assertion.source.line);
    }
    it->second.english = it->second.english || !assertion.title.empty();
    it->second.german = it->second.german || !assertion.title_de.empty();
  });
  std::vector<UntitledRule> untitled;
  for (auto& [id, rule] : rules) {
    if (!rule.english || !rule.german) untitled.push_back(std::move(rule));
  }
  return untitled;
}

}  // namespace konform
