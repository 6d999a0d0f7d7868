#include "validator/check/input_checker.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <exception>
#include <iterator>
#include <new>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "validator/check/document_matcher.h"
#include "validator/check/input_checker_pool.h"
#include "validator/check/product_check.h"
#include "validator/check/read_with_findings.h"
#include "validator/check/root_probe.h"
#include "validator/check/schema_root_finding.h"
#include "validator/check/tee_sink.h"
#include "validator/codelist/code_check_sink.h"
#include "validator/core/stage.h"
#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"
#include "validator/schematron/findings.h"
#include "validator/schematron/runner.h"
#include "validator/xdm/tree_builder.h"
#include "validator/xsdtypes/plain_date.h"

namespace konform {
namespace {

using Clock = std::chrono::steady_clock;

/// XPath work units one Schematron evaluation may use (an assert on real messages uses far
/// fewer: the largest XRechnung test instance needs under 100,000 for all its rules together).
constexpr std::uint64_t kEvaluationSteps = 2'000'000;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

StageStatus status_from(const xml::ReadOutcome& outcome, bool has_errors) {
  switch (outcome.end) {
    case xml::ReadEnd::kAborted:
    case xml::ReadEnd::kStopped:
      return StageStatus::kAborted;
    case xml::ReadEnd::kRejected:
      return StageStatus::kFailed;
    case xml::ReadEnd::kCompleted:
      return has_errors ? StageStatus::kFailed : StageStatus::kPassed;
  }
  return StageStatus::kAborted;
}

/// Whether `schema` is the XSD stage saying that the element at `xpath` lacks its required
/// list version.
bool says_list_version_missing(const Finding& schema, const std::string& xpath) {
  return rules::is(schema, rules::kXsdValid) && schema.location.xpath == xpath &&
         schema.schema_error &&
         schema.schema_error->kind == SchemaError::Kind::kRequiredAttributeMissing &&
         schema.schema_error->attribute == codelist::kListVersionAttribute;
}

/// A code with listURI but no listVersionID: when the schema requires the version (code types 3
/// and 4) the XSD stage already said so at that element; one finding is enough.
void drop_findings_the_schema_already_made(std::vector<Finding>& code_findings,
                                           const std::vector<Finding>& schema_findings) {
  std::erase_if(code_findings, [&](const Finding& code) {
    return rules::is(code, rules::kCodelistMissingVersion) &&
           std::any_of(schema_findings.begin(), schema_findings.end(), [&](const Finding& schema) {
             return says_list_version_missing(schema, code.location.xpath);
           });
  });
}

/// Adds `more` to `sorted`, a sorted list without duplicates, keeping it so. Each rule set's
/// matched assertions come sorted already: merging costs one comparison per id, where sorting the
/// whole list again for every input cost about 0.4 M instructions per XRechnung invoice.
void add_assessed(std::vector<std::string>& sorted, std::vector<std::string> more) {
  if (!std::is_sorted(more.begin(), more.end())) std::sort(more.begin(), more.end());
  if (sorted.empty()) {
    sorted = std::move(more);
  } else {
    const auto middle = static_cast<std::ptrdiff_t>(sorted.size());
    sorted.insert(sorted.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
    std::inplace_merge(sorted.begin(), sorted.begin() + middle, sorted.end());
  }
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
}

}  // namespace

InputChecker::InputChecker(const CompiledProfile& profile, CheckOptions options)
    : profile_(profile), options_(options) {
  options_.reader_limits.excerpts = options_.excerpts;
  const auto& types = profile_.document_types;
  // The pass may stand in for the match only when the type it ran as cannot matter: same
  // schemas, bindings, rule sets and origin, and no condition that needs the document first.
  const bool shared = !types.empty() && std::all_of(types.begin(), types.end(), [&](const auto& t) {
    return t.schemas == types.front().schemas && t.code_bindings == types.front().code_bindings &&
           t.schematrons == types.front().schematrons && t.origin == types.front().origin &&
           t.policy == types.front().policy && !t.condition;
  });
  if (shared) shared_type_ = &types.front();
  // fn:current-date() in rules is the validation date (midnight UTC), so results are reproducible.
  if (const auto plain = xsdtypes::plain_date_of(options_.as_of)) {
    const auto date = xsdtypes::DateTime::parse(xsdtypes::DateTimeKind::kDate, *plain);
    current_date_time_ =
        xsdtypes::DateTime::make(xsdtypes::DateTimeKind::kDateTime, date->year(), date->month(),
                                 date->day(), 0, 0, xsdtypes::Decimal(0), 0);
  }
}

InputChecker::~InputChecker() = default;

bool InputChecker::apply_policy(std::vector<Finding>& findings, const Origin& origin,
                                const RulePolicy& policy) const {
  bool has_errors = false;
  std::erase_if(findings, [&](Finding& finding) {
    finding.origin = origin;
    if (!policy.apply(finding)) return true;  // switched off by the profile chain
    // --strict-codelists tightens further, whatever the chain says.
    if (options_.strict_codelists && rules::is(finding, rules::kCodelistUnknownList)) {
      finding.severity = Severity::kError;
    }
    has_errors |= finding.severity == Severity::kError;
    return false;
  });
  return has_errors;
}

xml::XmlReader& InputChecker::reader_for(const std::shared_ptr<const xml::SchemaSet>& schemas) {
  auto& slot = readers_[schemas.get()];
  if (!slot) slot = std::make_unique<xml::XmlReader>(schemas, options_.reader_limits);
  return *slot;
}

codelist::CodeCheckSink* InputChecker::code_sink_for(const CompiledDocumentType& type) {
  if (!profile_.codelists || !type.code_bindings) return nullptr;
  auto& slot = code_sinks_[&type];
  if (!slot) {
    codelist::CodeCheckOptions code_options;
    if (!options_.as_of.empty()) code_options.validation_date = options_.as_of;
    code_options.bindings = type.code_bindings.get();
    code_options.excerpts = options_.excerpts;
    slot = std::make_unique<codelist::CodeCheckSink>(*profile_.codelists, code_options);
  }
  return slot.get();
}

InputResult InputChecker::check(const InputSource& input,
                                const servicedef::ServiceDefinition* parsed) {
  InputResult result;
  result.path = input.display_path;
  if (options_.explain) {
    explanation_ = "konform: explain: " + input.display_path + "\n  not read: not matched\n";
  }
  auto start = Clock::now();
  try {
    InputBytes bytes = read_input(input, options_.max_input_bytes);
    if (bytes.too_large) {
      result.findings.push_back(rules::builtin_finding(
          rules::kInputTooLarge, "input is larger than the limit of " +
                                     std::to_string(options_.max_input_bytes) +
                                     " bytes; not checked"));
      result.stages.push_back(stage_result(Stage::kRead, StageStatus::kAborted, ms_since(start)));
      return result;
    }
    if (bytes.error) {
      result.findings.push_back(
          rules::builtin_finding(rules::kInputUnreadable, "cannot read input: " + *bytes.error));
      result.stages.push_back(stage_result(Stage::kRead, StageStatus::kAborted, ms_since(start)));
      return result;
    }
    result.stages.push_back(stage_result(Stage::kRead, StageStatus::kPassed, ms_since(start)));
    const bool service_definition = !input.is_stdin() && is_service_definition_file(input.file);
    InputResult checked = service_definition
                              ? check_service_definition(input, bytes.bytes.view(), parsed)
                              : check_bytes(input, bytes.bytes.view(), &bytes.bytes);
    result.document_type = std::move(checked.document_type);
    result.checked_by = std::move(checked.checked_by);
    result.findings = std::move(checked.findings);
    result.read_end = checked.read_end;
    // A service definition is YAML: its XML view is konform's own, so well-formedness is not
    // something the definition could have got right.
    result.assessed_rules = std::move(checked.assessed_rules);
    if (!service_definition)
      add_assessed(result.assessed_rules, {std::string(rules::kXmlWellformed.text())});
    result.stages.insert(result.stages.end(), checked.stages.begin(), checked.stages.end());
  } catch (const std::bad_alloc&) {
    result.findings.push_back(rules::builtin_finding(rules::kInternalError, "out of memory"));
    result.stages.push_back(stage_result(Stage::kInternal, StageStatus::kAborted, ms_since(start)));
  } catch (const std::exception& e) {
    // Whatever failed may quote the input: only as far as the excerpt policy allows.
    result.findings.push_back(
        rules::builtin_finding(rules::kInternalError, excerpt_quoted(e.what(), options_.excerpts)));
    result.stages.push_back(stage_result(Stage::kInternal, StageStatus::kAborted, ms_since(start)));
  }
  return result;
}

InputResult InputChecker::check_bytes(const InputSource& input, std::string_view bytes,
                                      InputBuffer* owner) {
  InputResult result;
  auto start = Clock::now();
  // When every document type validates against the same schema set, the validating pass itself
  // tells the root element (saving a second parse per input); otherwise a probe reads just the
  // prolog and the root's start tag to choose the schema set.
  std::optional<Pass> pass;
  std::optional<RootElement> root;
  if (shared_type_ != nullptr) {
    // The pass may free the bytes before Schematron: a shared type has no match condition, so
    // nothing reads them after it.
    pass = run_pass(*shared_type_, input, bytes, owner);
    root = pass->root;
    result.read_end = pass->read_end;
    if (!root) result.findings = std::move(pass->findings);
  } else {
    ReadEnd probe_end = ReadEnd::kAborted;
    root = probe_root(reader_for(nullptr), bytes, input.display_path, result.findings, &probe_end);
    result.read_end = probe_end;
  }
  if (!root) {
    if (options_.explain) explanation_ = explain_text(input.display_path, "", {});
    // Not well-formed (or a DOCTYPE) before the root element: a definite verdict already.
    if (result.findings.empty()) {
      result.findings.push_back(
          rules::builtin_finding(rules::kXmlWellformed, "no root element found"));
    }
    result.stages.push_back(stage_result(Stage::kMatch, StageStatus::kFailed, ms_since(start)));
    result.stages.push_back(stage_result(Stage::kXsd, StageStatus::kSkipped, 0));
    return result;
  }
  // Only a condition needs the whole document before matching; then it is read twice.
  std::unique_ptr<xdm::Document> document;
  if (needs_document(profile_, root->namespace_uri, root->local_name)) {
    StageStatus status = StageStatus::kFailed;
    document = parse_for_match(input, bytes, result.findings, status, result.read_end);
    if (!document) {
      if (options_.explain) {
        explanation_ = explain_text(input.display_path, expanded_name(*root), {}) +
                       "  not well-formed: match conditions cannot be evaluated\n";
      }
      result.stages.push_back(stage_result(Stage::kMatch, status, ms_since(start)));
      result.stages.push_back(stage_result(Stage::kXsd, StageStatus::kSkipped, 0));
      return result;
    }
  }
  const MatchOutcome outcome = match_document(
      profile_, {root->namespace_uri, root->local_name, document.get(), options_.as_of,
                 current_date_time_, options_.explain, options_.excerpts});
  if (options_.explain) {
    explanation_ = explain_text(input.display_path, expanded_name(*root), outcome);
  }
  const auto& candidates = outcome.matches;
  if (candidates.size() != 1 && matches_by_schema_roots(profile_)) {
    result.findings.push_back(schema_root_finding(profile_, *root, candidates));
    if (!document) add_reading_findings(input, bytes, pass, result);
    result.stages.push_back(stage_result(Stage::kMatch, StageStatus::kFailed, ms_since(start)));
    result.stages.push_back(stage_result(Stage::kXsd, StageStatus::kSkipped, 0));
    return result;
  }
  if (candidates.size() != 1) {
    std::string message;
    if (candidates.empty()) {
      message = "root element " + expanded_name(*root) + " matches no document type; known:";
      for (const auto& type : profile_.document_types) message += " " + type.id;
      for (const auto& rejected : outcome.rejected_by_condition) message += "; " + rejected;
    } else {
      message = "root element " + expanded_name(*root) + " matches several document types:";
      for (const auto* type : candidates)
        message += " " + type->id + " (" + type->origin.profile + " " + type->origin.version + ")";
    }
    auto rule = candidates.empty() ? rules::kDocumentTypeUnmatched : rules::kDocumentTypeAmbiguous;
    result.findings.push_back(rules::builtin_finding(rule, message));
    result.findings.back().location.line = 1;
    if (!document) add_reading_findings(input, bytes, pass, result);
    result.stages.push_back(stage_result(Stage::kMatch, StageStatus::kFailed, ms_since(start)));
    result.stages.push_back(stage_result(Stage::kXsd, StageStatus::kSkipped, 0));
    return result;
  }
  const CompiledDocumentType& type = *candidates.front();
  result.document_type = type.id;
  result.checked_by = type.origin;
  result.stages.push_back(
      stage_result(Stage::kMatch, StageStatus::kPassed, pass ? 0.0 : ms_since(start)));
  if (!pass) pass = run_pass(type, input, bytes, owner);
  for (auto& finding : pass->findings)
    finding.origin = finding.origin.profile.empty() ? type.origin : finding.origin;
  result.findings.insert(result.findings.end(), pass->findings.begin(), pass->findings.end());
  result.stages.insert(result.stages.end(), pass->stages.begin(), pass->stages.end());
  result.assessed_rules = std::move(pass->assessed_rules);
  result.read_end = pass->read_end;
  return result;
}

void InputChecker::add_reading_findings(const InputSource& input, std::string_view bytes,
                                        const std::optional<Pass>& pass, InputResult& result) {
  if (pass) {
    // The pass read the whole document already (and may have freed its bytes since): what a
    // read without a schema would say are the reading rules' findings.
    for (const Finding& finding : pass->findings) {
      if (rules::stage_of(finding.rule_id) == Stage::kWellformed)
        result.findings.push_back(finding);
    }
    return;
  }
  // The probe stopped at the root's start tag: the rest is read now, without a schema.
  result.read_end =
      read_with_findings(reader_for(nullptr), bytes, input.display_path, nullptr, result.findings)
          .end;
}

std::unique_ptr<xdm::Document> InputChecker::parse_for_match(const InputSource& input,
                                                             std::string_view bytes,
                                                             std::vector<Finding>& findings,
                                                             StageStatus& status,
                                                             std::optional<ReadEnd>& end) {
  xdm::TreeBuilder tree(xdm::TreeBuilderOptions{false, input.display_path});
  const auto outcome =
      read_with_findings(reader_for(nullptr), bytes, input.display_path, &tree, findings);
  end = outcome.end;
  if (outcome.end == xml::ReadEnd::kCompleted) return tree.take();
  if (outcome.end == xml::ReadEnd::kAborted) {
    findings.push_back(rules::builtin_finding(rules::kInternalError, outcome.abort_reason));
  }
  status = status_from(outcome, true);
  return nullptr;
}

InputChecker::Pass InputChecker::run_pass(const CompiledDocumentType& type,
                                          const InputSource& input, std::string_view bytes,
                                          InputBuffer* release) {
  Pass pass;
  auto start = Clock::now();
  // Code lists are checked in the same pass, as a sink of the parse events.
  codelist::CodeCheckSink* const codes = code_sink_for(type);
  // The sink is reused: a document whose check ended in an exception must leave nothing behind,
  // even when the next one is refused before the parser starts it.
  if (codes) codes->start_document();
  const std::size_t coded_before = codes ? codes->counts().code_elements : 0;
  // Schematron needs the document as an XPath data model tree, built from this same pass.
  std::optional<xdm::TreeBuilder> tree;
  if (!type.schematrons.empty())
    tree.emplace(xdm::TreeBuilderOptions{false, input.display_path, bytes.size()});
  // The tee only when both listen: each event would otherwise cost two virtual calls.
  TeeSink tee(codes, tree ? &*tree : nullptr);
  XmlEventSink* sink = &tee;
  if (!codes || !tree) sink = codes ? static_cast<XmlEventSink*>(codes) : tree ? &*tree : nullptr;
  std::vector<Finding> findings;
  auto outcome =
      read_with_findings(reader_for(type.schemas), bytes, input.display_path, sink, findings);
  const std::size_t input_bytes = bytes.size();
  if (release != nullptr && tree) {
    // The document now holds what Schematron reads: the input's own bytes, as large again as the
    // message, would only raise the peak while the rules run.
    bytes = {};
    release->clear();
  }
  pass.read_end = outcome.end;
  if (outcome.saw_root)
    pass.root = RootElement{outcome.root_namespace, outcome.root_local_name, TextPosition{}};
  const bool has_errors = apply_policy(findings, type.origin, policy_of(profile_, type));
  pass.findings = findings;
  if (outcome.end == xml::ReadEnd::kAborted) {
    pass.findings.push_back(rules::builtin_finding(rules::kInternalError, outcome.abort_reason));
    pass.findings.back().origin = type.origin;
  }
  const StageStatus read_status = status_from(outcome, has_errors);
  // Without a schema the pass checked well-formedness only; the stage says which it was.
  pass.stages.push_back(
      stage_result(type.schemas ? Stage::kXsd : Stage::kWellformed, read_status, ms_since(start)));
  if (!codes) {
    pass.stages.push_back(stage_result(Stage::kCodelist, StageStatus::kSkipped, 0));
  } else {
    add_code_findings(*codes, findings, outcome, read_status, type, pass);
    if (codes->counts().code_elements > coded_before) {
      std::vector<std::string> code_rules;
      for (const rules::BuiltinRule& rule : rules::builtin_rules()) {
        if (rule.stage == Stage::kCodelist) code_rules.push_back(rule.info.id);
      }
      add_assessed(pass.assessed_rules, std::move(code_rules));
    }
  }
  if (!tree) {
    pass.stages.push_back(stage_result(Stage::kSchematron, StageStatus::kSkipped, 0));
  } else if (outcome.end != xml::ReadEnd::kCompleted) {
    // Only a document that could not be read to its end stops Schematron; XSD errors do not.
    pass.stages.push_back(stage_result(Stage::kSchematron, StageStatus::kSkipped, 0));
  } else {
    run_schematron(type, outcome.root_namespace, tree->take(), input_bytes, pass);
  }
  return pass;
}

void InputChecker::add_code_findings(codelist::CodeCheckSink& codes,
                                     const std::vector<Finding>& schema_findings,
                                     const xml::ReadOutcome& outcome, StageStatus read_status,
                                     const CompiledDocumentType& type, Pass& pass) {
  auto code_findings = codes.take_findings();
  drop_findings_the_schema_already_made(code_findings, schema_findings);
  const bool code_errors = apply_policy(code_findings, type.origin, policy_of(profile_, type));
  pass.findings.insert(pass.findings.end(), code_findings.begin(), code_findings.end());
  // The codes were checked in the XSD pass (its time includes theirs). Codes after a fatal error
  // were never seen, so the stage shares the pass's end.
  StageStatus code_status = code_errors ? StageStatus::kFailed : StageStatus::kPassed;
  if (outcome.end == xml::ReadEnd::kRejected) code_status = StageStatus::kFailed;
  if (read_status == StageStatus::kAborted) code_status = StageStatus::kAborted;
  pass.stages.push_back(stage_result(Stage::kCodelist, code_status, 0));
}

void InputChecker::run_schematron(const CompiledDocumentType& type, std::string_view root_namespace,
                                  std::unique_ptr<xdm::Document> document, std::size_t input_bytes,
                                  Pass& pass) {
  auto start = Clock::now();
  schematron::RunOptions run_options;
  run_options.current_date_time = current_date_time_;
  run_options.excerpts = options_.excerpts;
  if (documents_) {
    documents_->set_current(document->base_uri());
    run_options.documents = &*documents_;
  }
  // One evaluation may use at most kEvaluationSteps, or kEvaluationStepsPerNode for each node of
  // a large document: an expression built to explode then ends within about a second and 100 MB,
  // at its first node, while one that walks a 50 MB invoice's lines once (XRechnung's totals)
  // still ends.
  const std::uint64_t nodes = document->size();
  run_options.step_budget = std::max(kEvaluationSteps, kEvaluationStepsPerNode * nodes);
  run_options.stop_at_evaluation_budget = true;
  // The budgets are the input's: every rule set draws on what the ones before it left.
  std::uint64_t steps_left = options_.max_xpath_steps;
  if (options_.scale_xpath_steps && steps_left > 0) {
    steps_left = std::max(steps_left, kXPathStepsPerNode * nodes);
  }
  auto max_time = options_.max_xpath_time;
  if (options_.scale_xpath_time && max_time.count() > 0) {
    max_time = std::max(max_time, kXPathTimePerMiB * static_cast<std::int64_t>(input_bytes >> 20));
  }
  bool evaluation_failed = false;
  bool has_errors = false;
  for (std::size_t i = 0; i < type.schematrons.size(); ++i) {
    const auto& schema = *type.schematrons[i];
    if (!rule_set_applies(type, schema, root_namespace)) {
      if (options_.explain) {
        explanation_ += "  not run: " + schema.name +
                        " (its <ns> declarations do not include the root element's namespace)\n";
      }
      continue;
    }
    if (options_.max_xpath_steps > 0)
      run_options.document_step_budget = std::max<std::uint64_t>(steps_left, 1);
    if (max_time.count() > 0) {
      const auto spent =
          std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
      run_options.time_budget = std::max(max_time - spent, std::chrono::milliseconds(1));
    }
    auto run = schematron::run_schema(schema, *document, run_options);
    add_assessed(pass.assessed_rules, std::move(run.matched_assertions));
    steps_left -= std::min(steps_left, run.steps_used);
    evaluation_failed |= run.error_count() > 0;
    std::vector<Finding> findings;
    schematron::append_findings(run, schema, findings);
    if (run.budget_stop) {
      // The rest of the document was not checked against this or any later rule set.
      Finding stop = rules::builtin_finding(
          rules::kSchematronBudgetExceeded,
          "Schematron stopped: " + run.budget_stop->reason + "; the input is not fully checked");
      // A global let runs on the document node, which has no line: then the document's start.
      stop.location = Location{std::max(run.budget_stop->position.line, 1),
                               run.budget_stop->position.column, run.budget_stop->location};
      findings.push_back(std::move(stop));
      evaluation_failed = true;
    }
    // Rule sets added by a profile below the defining one carry that profile as origin.
    has_errors |= apply_policy(
        findings, i < type.schematron_origins.size() ? type.schematron_origins[i] : type.origin,
        policy_of(profile_, type));
    pass.findings.insert(pass.findings.end(), findings.begin(), findings.end());
    if (run.budget_stop) break;
  }
  // A rule that could not be evaluated leaves the input not fully checked.
  const StageStatus status = evaluation_failed ? StageStatus::kAborted
                             : has_errors      ? StageStatus::kFailed
                                               : StageStatus::kPassed;
  pass.stages.push_back(stage_result(Stage::kSchematron, status, ms_since(start)));
}

Report check_inputs(const CompiledProfile& profile, std::vector<InputSource> inputs,
                    const CheckOptions& options, std::vector<std::string>* explanations) {
  InputCheckerPool checkers(profile, options);
  return check_inputs(checkers, std::move(inputs), options.jobs, explanations);
}

Report check_inputs(InputCheckerPool& checkers, std::vector<InputSource> given, unsigned jobs,
                    std::vector<std::string>* explanations) {
  const CompiledProfile& profile = checkers.profile();
  const CheckOptions& options = checkers.options();
  // Service definitions bring their message samples into the run (product_check.h).
  ProductPlan plan = plan_products(std::move(given), options.max_input_bytes);
  std::vector<InputSource>& inputs = plan.inputs;
  Report report;
  if (explanations) explanations->assign(inputs.size(), "");
  report.profiles = profile.profiles;
  report.rules = profile.rules;  // shared, not copied (rule_list.h)
  report.inputs.resize(inputs.size());
  const std::size_t workers =
      std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(inputs.size(), 1));
  std::atomic<std::size_t> next{0};
  // Taken before any worker starts: a worker releases each input it has checked.
  const InputSet input_set(inputs);
  auto work = [&] {
    auto checker = checkers.borrow();
    checker->use_input_set(input_set);
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      report.inputs[i] = checker->check(inputs[i], plan.parsed_definition(i));
      if (explanations) (*explanations)[i] = checker->explanation();
      // Whoever checked an input releases it (nothing below needs it): a batch of thousands
      // would otherwise free them one by one on one thread after the last check.
      inputs[i] = InputSource{};
    }
  };
  {
    // The calling thread is one of the workers; the others are joined however this block ends.
    std::vector<std::jthread> threads;
    threads.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work);
    work();
  }
  cross_check_products(plan, profile, options.as_of, report);
  finish(report);
  return report;
}

}  // namespace konform
