#include "validator/schematron/runner.h"

#include <algorithm>
#include <set>
#include <span>

#include "validator/core/xml_space.h"
#include "validator/schematron/assertion_ids.h"
#include "validator/schematron/name_candidates.h"
#include "validator/xdm/node_path.h"

namespace konform::schematron {
namespace {

/// Thrown inside a run when the document's budget is spent; budget_stop_ says where.
struct OutOfBudget {};

/// Whether a budget check also reads the clock for the time budget.
enum class Clock { kRead, kSkip };

/// A value-of result as a message may quote it. Cut values are normalised first (the message is
/// anyway), keeping a space at either end so the words around them stay apart.
std::string quoted_value(const std::string& value, const ExcerptPolicy& policy) {
  const std::string cut = excerpt(value, policy);
  if (cut == value) return cut;
  const bool space_before = !value.empty() && is_xml_space(value.front());
  const bool space_after = !value.empty() && is_xml_space(value.back());
  return (space_before ? " " : "") + excerpt(collapse_whitespace(value), policy) +
         (space_after ? " " : "");
}

class Run {
 public:
  Run(const Schema& schema, const xdm::Document& document, const RunOptions& options)
      : schema_(schema),
        document_(document),
        buckets_(schema.patterns.size()),
        matched_(schema.patterns.size()),
        excerpts_(options.excerpts),
        stop_at_evaluation_budget_(options.stop_at_evaluation_budget),
        document_step_budget_(options.document_step_budget),
        document_steps_(options.document_step_budget),
        timings_(options.timings) {
    context_.step_budget = options.step_budget;
    if (options.document_step_budget > 0) context_.shared_steps_left = &document_steps_;
    if (options.time_budget.count() > 0) {
      context_.deadline = std::chrono::steady_clock::now() + options.time_budget;
    }
    if (options.current_date_time) context_.current_date_time = *options.current_date_time;
    context_.documents = options.documents;
    context_.variables.resize(schema.statics->variable_count());
  }

  RunResult run() {
    try {
      visit_all();
    } catch (const OutOfBudget&) {
      // budget_stop_ is set; the results so far stand, the rest of the document was not checked.
    }
    RunResult result;
    result.fired_rules = fired_;
    result.matched_assertions = matched_assertions();
    result.budget_stop = std::move(budget_stop_);
    result.steps_used = document_step_budget_ - document_steps_;
    for (auto& error : global_errors_) result.results.push_back(std::move(error));
    for (auto& bucket : buckets_) {
      for (auto& r : bucket) result.results.push_back(std::move(r));
    }
    return result;
  }

 private:
  void visit_all() {
    evaluate_globals();
    NameCandidates candidates(schema_, document_, context_, thread_name_decisions());
    for (xdm::NodeIndex n = 0; n < document_.size(); ++n) {
      // The clock every 256 nodes: reading it at each of a large document's millions of nodes
      // cost 3 % of the run; an evaluation reads it itself every 4,096 steps.
      check_budget(document_.ref(n), (n & 255u) == 0 ? Clock::kRead : Clock::kSkip);
      xdm::NodeKind kind = document_.kind(n);
      if (kind == xdm::NodeKind::kAttribute && !schema_.visits_attributes) continue;
      fire_first_matches(candidates.of(n), document_.ref(n));
    }
  }

  /// Fires, per pattern, the first of `candidates` (ordered by pattern, then rule) whose context
  /// matches `node`.
  void fire_first_matches(std::span<const Candidate> candidates, xdm::NodeRef node) {
    if (candidates.empty()) return;
    // The node is also the context item, so current() in a rule context is the matched node.
    context_.context_item = xpath::Item(node);
    context_.position = context_.size = 1;
    constexpr std::uint32_t kNone = 0xffffffffu;
    std::uint32_t fired_pattern = kNone;
    for (const Candidate& candidate : candidates) {
      const RuleRef ref = candidate.rule;
      if (ref.pattern == fired_pattern) continue;
      const SchemaPattern& pattern = schema_.patterns[ref.pattern];
      const Rule& rule = pattern.rules[ref.rule];
      if (candidate.matched_by_name ||
          context_matches(pattern, rule, node, buckets_[ref.pattern])) {
        fire(pattern, rule, node, buckets_[ref.pattern]);
        fired_pattern = ref.pattern;
      }
    }
  }

  /// Stops the run when the document's step budget is spent or (Clock::kRead) its deadline has
  /// passed.
  void check_budget(xdm::NodeRef node, Clock clock = Clock::kRead) {
    if (context_.shared_steps_left != nullptr && document_steps_ == 0) {
      stop("the XPath step budget of the document is spent (limit --max-xpath-steps)", node);
    }
    if (clock == Clock::kRead && context_.deadline &&
        std::chrono::steady_clock::now() > *context_.deadline) {
      stop("the XPath time budget of the document is spent (limit --max-xpath-time)", node);
    }
  }
  /// Called first in every handler of an evaluation error: a budget error of the document (not
  /// of the single evaluation) ends the run instead of becoming a result.
  void stop_if_out_of_budget(const xpath::Error& e, xdm::NodeRef node) {
    if (e.code() == xpath::kTimeExceeded) check_budget(node);
    if (e.code() != xpath::kBudgetExceeded) return;
    check_budget(node);
    if (stop_at_evaluation_budget_) {
      stop("one XPath evaluation used more than its " + std::to_string(context_.step_budget) +
               " steps",
           node);
    }
  }
  [[noreturn]] void stop(std::string reason, xdm::NodeRef node) {
    budget_stop_ =
        BudgetStop{std::move(reason), document_.position(node.index), xdm::node_path(node)};
    throw OutOfBudget{};
  }

  void evaluate_globals() {
    CostTimer timer(timings_ ? &timings_->globals : nullptr);
    context_.context_item = xpath::Item(document_.root());
    for (const Let& let : schema_.globals) {
      try {
        context_.set_variable(let.slot, let.value.evaluate(context_));
      } catch (const xpath::Error& e) {
        stop_if_out_of_budget(e, document_.root());
        context_.set_variable(let.slot, {});
        Result r = error_result(e, let.name, let.value.text(), document_.root());
        r.pattern_id = "let";
        global_errors_.push_back(std::move(r));
      }
    }
  }

  void mark_matched(const SchemaPattern& pattern, const Rule& rule) {
    std::vector<bool>& rules = matched_[static_cast<std::size_t>(&pattern - &schema_.patterns[0])];
    if (rules.empty()) rules.resize(pattern.rules.size());
    rules[static_cast<std::size_t>(&rule - &pattern.rules[0])] = true;
  }

  std::vector<std::string> matched_assertions() const {
    return checked_assertion_ids(schema_, matched_);
  }

  static std::string pattern_label(const SchemaPattern& pattern) {
    return pattern.id.empty() ? std::to_string(pattern.index) : pattern.id;
  }

  Result error_result(const xpath::Error& e, const std::string& id, const std::string& expression,
                      xdm::NodeRef node) {
    Result r;
    r.kind = ResultKind::kError;
    r.id = id;
    r.severity = Severity::kError;
    r.error_code = e.code();
    // XPath errors quote the values they failed on ("cannot cast \"...\" to xs:integer").
    r.message = excerpt_quoted(e.what(), excerpts_);
    if (!e.message_de().empty()) r.message_de = excerpt_quoted(e.message_de(), excerpts_);
    r.test = expression;
    r.position = document_.position(node.index);
    r.location = xdm::node_path(node);
    return r;
  }

  /// Whether `rule`'s context matches `node`, the context item.
  bool context_matches(const SchemaPattern& pattern, const Rule& rule, xdm::NodeRef node,
                       std::vector<Result>& out) {
    try {
      CostTimer timer(timings_ ? &timings_->contexts[&rule] : nullptr);
      return rule.context.matches(node, context_);
    } catch (const xpath::Error& e) {
      stop_if_out_of_budget(e, node);
      // XSLT 2.0 §6.4: an error while matching is recovered as "no match". Reported once per
      // rule so a broken context does not go unnoticed.
      if (match_errors_.insert(&rule).second) {
        Result r =
            error_result(e, rule.id.empty() ? "rule-context" : rule.id, rule.context.text(), node);
        r.pattern_id = pattern_label(pattern);
        out.push_back(std::move(r));
      }
      return false;
    }
  }

  /// Fires `rule` at `node`, the context item: its lets, then its assertions.
  void fire(const SchemaPattern& pattern, const Rule& rule, xdm::NodeRef node,
            std::vector<Result>& out) {
    ++fired_;
    mark_matched(pattern, rule);
    // Rule lets may shadow global lets or reuse slots of other rules' lets: restore afterwards.
    saved_.clear();
    for (const Let& let : rule.lets) saved_.push_back(context_.variables[let.slot]);
    bool lets_ok = true;
    std::optional<CostTimer> lets_timer;
    if (timings_ && !rule.lets.empty()) lets_timer.emplace(&timings_->lets[&rule]);
    for (const Let& let : rule.lets) {
      try {
        context_.set_variable(let.slot, let.value.evaluate(context_));
      } catch (const xpath::Error& e) {
        stop_if_out_of_budget(e, node);
        Result r = error_result(e, let.name, let.value.text(), node);
        r.pattern_id = pattern_label(pattern);
        out.push_back(std::move(r));
        lets_ok = false;
        break;
      }
    }
    lets_timer.reset();
    if (lets_ok) {
      for (const Assertion& a : rule.assertions) check(pattern, rule, a, node, out);
    }
    for (std::size_t i = rule.lets.size(); i-- > 0;) {
      context_.variables[rule.lets[i].slot] = std::move(saved_[i]);
    }
  }

  void check(const SchemaPattern& pattern, const Rule& rule, const Assertion& a, xdm::NodeRef node,
             std::vector<Result>& out) {
    CostTimer timer(timings_ ? &timings_->assertions[&a] : nullptr);
    bool value = false;
    try {
      value = a.test.evaluate_boolean(context_);
    } catch (const xpath::Error& e) {
      stop_if_out_of_budget(e, node);
      Result r = error_result(e, a.id, a.test.text(), node);
      r.pattern_id = pattern_label(pattern);
      out.push_back(std::move(r));
      return;
    }
    if (value == (a.kind == AssertionKind::kAssert)) return;
    Result r;
    r.kind = a.kind == AssertionKind::kAssert ? ResultKind::kAssert : ResultKind::kReport;
    r.id = a.id;
    r.role = a.role;
    r.flag = a.flag;
    r.severity = a.severity;
    const xdm::NodeRef about = subject_of(pattern, a, node, out);
    r.position = document_.position(about.index);
    r.location = xdm::node_path(about);
    r.pattern_id = pattern_label(pattern);
    r.test = a.test.text();
    r.rule_context = rule.context.text();
    r.message = render(a.message, a.id, pattern, node, out);
    r.see = a.see;
    for (std::size_t d : a.diagnostics) {
      const Diagnostic& diagnostic = schema_.diagnostics[d];
      r.diagnostics.push_back(
          {diagnostic.id, render(diagnostic.message, a.id, pattern, node, out), diagnostic.lang});
    }
    out.push_back(std::move(r));
  }

  /// The node a finding of `a` points at: the first node of its @subject in this document, else
  /// the context node (a subject that fails is reported like any other expression error).
  xdm::NodeRef subject_of(const SchemaPattern& pattern, const Assertion& a, xdm::NodeRef node,
                          std::vector<Result>& out) {
    if (!a.subject) return node;
    try {
      for (const xpath::Item& item : a.subject->evaluate(context_)) {
        if (item.is_node() && item.node().doc == node.doc) return item.node();
      }
    } catch (const xpath::Error& e) {
      stop_if_out_of_budget(e, node);
      Result r = error_result(e, a.id, a.subject->text(), node);
      r.pattern_id = pattern_label(pattern);
      out.push_back(std::move(r));
    }
    return node;
  }

  std::string render(const Message& message, const std::string& id, const SchemaPattern& pattern,
                     xdm::NodeRef node, std::vector<Result>& out) {
    std::string text;
    for (const MessagePart& part : message) {
      if (!part.expression) {
        text += part.text;
        continue;
      }
      try {
        text += quoted_value(part.expression->evaluate_string(context_), excerpts_);
      } catch (const xpath::Error& e) {
        stop_if_out_of_budget(e, node);
        Result r = error_result(e, id, part.expression->text(), node);
        r.pattern_id = pattern_label(pattern);
        out.push_back(std::move(r));
        text += "[" + e.code() + "]";
      }
    }
    return collapse_whitespace(text);
  }

  const Schema& schema_;
  const xdm::Document& document_;
  std::vector<std::vector<Result>> buckets_;
  /// Per pattern, per rule: whether its context matched a node (sized on the pattern's first).
  std::vector<std::vector<bool>> matched_;
  ExcerptPolicy excerpts_;
  bool stop_at_evaluation_budget_;
  std::uint64_t document_step_budget_;
  std::uint64_t document_steps_;
  std::optional<BudgetStop> budget_stop_;
  xpath::DynamicContext context_;
  std::vector<Result> global_errors_;
  std::vector<xpath::Sequence> saved_;
  std::set<const Rule*> match_errors_;
  std::size_t fired_ = 0;
  RuleTimings* timings_;
};

}  // namespace

std::size_t RunResult::error_count() const {
  std::size_t n = 0;
  for (const Result& r : results) n += r.kind == ResultKind::kError ? 1 : 0;
  return n;
}

RunResult run_schema(const Schema& schema, const xdm::Document& document,
                     const RunOptions& options) {
  return Run(schema, document, options).run();
}

}  // namespace konform::schematron
