#include "validator/compare/compare_builder.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "validator/rules/registry.h"

namespace konform::compare {
namespace {

/// The stage that decides a built-in rule: the stage its findings come from when that stage runs
/// only for some inputs (a schema, code lists, rule sets, a service definition); empty when the
/// whole check of every input does (reading, matching, limits, waivers).
std::optional<Stage> deciding_stage(std::string_view id) {
  const std::optional<Stage> stage = rules::stage_of(id);
  if (!stage) return std::nullopt;
  switch (*stage) {
    case Stage::kXsd:
    case Stage::kCodelist:
    case Stage::kSchematron:
    case Stage::kYaml:
    case Stage::kCrosscheck:
      return stage;
    case Stage::kRead:
    case Stage::kMatch:
    case Stage::kWellformed:
    case Stage::kInternal:
    case Stage::kWaive:
      return std::nullopt;
  }
  return std::nullopt;
}

const StageResult* find_stage(const InputResult& input, Stage wanted) {
  const std::string_view name = to_string(wanted);
  for (const auto& stage : input.stages) {
    if (stage.name == name) return &stage;
  }
  return nullptr;
}

bool ran_to_end(const StageResult* stage) {
  return stage && (stage->status == StageStatus::kPassed || stage->status == StageStatus::kFailed);
}

/// Whether reading the input stopped before its end on a definite error: its stages then say
/// "failed", not aborted, because the stop itself is a verdict.
bool read_stopped_early(const InputResult& input) { return input.read_end == ReadEnd::kRejected; }

/// Whether the rule checked the input to the end (decided), could not (undecided), or the input
/// is outside its scope.
enum class InputScope { kOutside, kDecided, kUndecided };

/// Whether the report says which inputs gave the rule something to look at (its Schematron
/// context matched, a coded value, an XML document: InputResult::assessed_rules).
bool tracks_context(const RuleScope& rule) {
  return !rule.document_types.empty() || rules::tracks_context(rule.rule.id);
}

/// Whether a decided input gave the rule something to look at; for a rule that does not track
/// it, every decided input did.
bool assessed(const RuleScope& rule, const InputResult& input) {
  return !tracks_context(rule) ||
         std::binary_search(input.assessed_rules.begin(), input.assessed_rules.end(), rule.rule.id);
}

InputScope scope_of(const RuleScope& rule, const InputResult& input) {
  const bool incomplete = input.verdict == Verdict::kIncomplete;
  if (!rule.document_types.empty()) {
    if (input.document_type.empty())
      return incomplete ? InputScope::kUndecided : InputScope::kOutside;
    if (std::find(rule.document_types.begin(), rule.document_types.end(), input.document_type) ==
        rule.document_types.end()) {
      return InputScope::kOutside;
    }
    return ran_to_end(find_stage(input, Stage::kSchematron)) && !incomplete
               ? InputScope::kDecided
               : InputScope::kUndecided;
  }
  if (!rule.stage) return incomplete ? InputScope::kUndecided : InputScope::kDecided;
  const StageResult* stage = find_stage(input, *rule.stage);
  if (ran_to_end(stage)) {
    // A rule of the reading pass (xsd-valid, codelist-*) saw only the part before the stop.
    const bool read_pass = rule.stage == Stage::kXsd || rule.stage == Stage::kCodelist;
    return incomplete || (read_pass && read_stopped_early(input)) ? InputScope::kUndecided
                                                                  : InputScope::kDecided;
  }
  if (stage && stage->status == StageStatus::kAborted) return InputScope::kUndecided;
  if (incomplete) return InputScope::kUndecided;
  // The stage did not run because the input has nothing for it (no code lists for its type):
  // a rule that tracks its context then decided that the input gives it nothing to assess.
  return rules::tracks_context(rule.rule.id) ? InputScope::kDecided : InputScope::kOutside;
}

CompareInput input_of(const InputResult& input) {
  return {input.path, input.document_type, input.verdict};
}

}  // namespace

std::vector<RuleScope> rule_scopes(const CompiledProfile& profile) {
  std::map<std::string, RuleScope> schematron_rules;
  for (const auto& type : profile.document_types) {
    for (std::size_t i = 0; i < type.schematrons.size(); ++i) {
      const Origin& origin =
          i < type.schematron_origins.size() ? type.schematron_origins[i] : type.origin;
      for (const auto& pattern : type.schematrons[i]->patterns) {
        for (const auto& rule : pattern.rules) {
          for (const auto& assertion : rule.assertions) {
            auto [it, added] = schematron_rules.try_emplace(assertion.id);
            RuleScope& scope = it->second;
            if (added) {
              scope.level = rule_level_of_profile(origin.level);
              scope.profile = origin.profile;
              scope.stage = Stage::kSchematron;
            }
            if (std::find(scope.document_types.begin(), scope.document_types.end(), type.id) ==
                scope.document_types.end()) {
              scope.document_types.push_back(type.id);
            }
          }
        }
      }
    }
  }
  std::vector<RuleScope> scopes;
  scopes.reserve(profile.rules.size());
  for (const auto& rule : profile.rules) {
    auto it = schematron_rules.find(rule.id);
    RuleScope scope;
    if (it != schematron_rules.end()) {
      scope = it->second;
    } else {
      scope.stage = deciding_stage(rule.id);
    }
    scope.rule = rule;
    scopes.push_back(std::move(scope));
  }
  return scopes;
}

CompareCell compare_cell(const RuleScope& rule, const Report& report) {
  CompareCell cell;
  bool decided = false;
  bool undecided = false;
  bool assessed_somewhere = false;
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) {
      if (finding.rule_id != rule.rule.id) continue;
      if (finding.waiver) {
        ++cell.waived;
        continue;
      }
      cell.severity =
          cell.findings == 0 ? finding.severity : std::max(cell.severity, finding.severity);
      ++cell.findings;
      cell.details.push_back(
          {input.path, finding.location, finding.severity, finding.message, finding.message_de});
    }
    switch (scope_of(rule, input)) {
      case InputScope::kDecided:
        decided = true;
        assessed_somewhere |= assessed(rule, input);
        break;
      case InputScope::kUndecided:
        undecided = true;
        break;
      case InputScope::kOutside:
        break;
    }
  }
  if (cell.findings > 0) {
    cell.state = CellState::kFail;
  } else if (cell.waived > 0) {
    cell.state = CellState::kWaived;
  } else if (undecided) {
    cell.state = CellState::kIncomplete;
  } else if (!decided) {
    cell.state = CellState::kNotApplicable;
  } else if (!assessed_somewhere) {
    cell.state = CellState::kNotAssessable;
  } else {
    cell.state = report.verdict == Verdict::kIncomplete ? CellState::kIncomplete : CellState::kPass;
  }
  return cell;
}

CompareMatrix build_compare_matrix(const std::vector<RuleScope>& rules,
                                   const std::vector<CheckedCandidate>& candidates) {
  CompareMatrix matrix;
  if (!candidates.empty()) {
    const Report& first = candidates.front().report;
    matrix.tool_name = first.tool_name;
    matrix.tool_version = first.tool_version;
    matrix.profiles = first.profiles;
    matrix.as_of = first.as_of;
  }
  for (const auto& candidate : candidates) {
    CompareCandidate column{candidate.name,           candidate.path,
                            candidate.product_name,   candidate.report.verdict,
                            candidate.report.summary, {}};
    for (const auto& input : candidate.report.inputs) column.inputs.push_back(input_of(input));
    matrix.candidates.push_back(std::move(column));
  }
  matrix.verdict = overall_verdict(matrix.candidates);

  // Every listed rule once, then rules that fired without being listed (a finding must never
  // vanish from the matrix because its metadata is missing), as format rules.
  std::vector<RuleScope> all;
  std::set<std::string> seen;
  for (const auto& rule : rules) {
    if (seen.insert(rule.rule.id).second) all.push_back(rule);
  }
  for (const auto& candidate : candidates) {
    for (const auto& input : candidate.report.inputs) {
      for (const auto& finding : input.findings) {
        if (!seen.insert(finding.rule_id).second) continue;
        RuleScope scope;
        scope.rule.id = finding.rule_id;
        scope.rule.default_severity = finding.severity;
        scope.stage = deciding_stage(finding.rule_id);
        all.push_back(std::move(scope));
      }
    }
  }

  for (const auto& rule : all) {
    CompareRow row{rule.rule.id,
                   rule.rule.title,
                   rule.rule.title_de,
                   rule.rule.default_severity,
                   rule.level,
                   rule.profile,
                   rule_topic(rule.rule.id),
                   rule.level == RuleLevel::kFormat && rules::is_engine_rule(rule.rule.id),
                   {}};
    for (const auto& candidate : candidates)
      row.cells.push_back(compare_cell(rule, candidate.report));
    matrix.rows.push_back(std::move(row));
  }
  std::stable_sort(
      matrix.rows.begin(), matrix.rows.end(), [](const CompareRow& a, const CompareRow& b) {
        return std::tie(a.level, a.topic, a.rule_id) < std::tie(b.level, b.topic, b.rule_id);
      });
  return matrix;
}

}  // namespace konform::compare
