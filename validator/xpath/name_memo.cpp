#include "validator/xpath/name_memo.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <span>
#include <string_view>

#include "validator/xdm/lexical_name_cache.h"

namespace konform::xpath {
namespace {

std::atomic<std::uint32_t> next_slot{0};

/// The answers of name-only tests by test slot and lexical name, kept across the documents one
/// thread evaluates: each document's NameMemo starts empty, but a batch of invoices repeats the
/// same names, and evaluating `ends-with(name(), 'Amount')` costs some 2,800 instructions where
/// a look-up here costs a tenth.
using NameAnswers = xdm::LexicalNameCache<bool>;

NameAnswers& name_answers() {
  thread_local NameAnswers answers(std::size_t{1} << 16);
  return answers;
}

/// The answer kept for test `slot` at node n of d, or null.
const bool* kept_answer(NameAnswers& answers, std::uint32_t slot, const xdm::Document& d,
                        xdm::NodeIndex n) {
  char head[sizeof slot];
  std::memcpy(head, &slot, sizeof slot);
  return answers.find(std::string_view(head, sizeof head), d, n);
}

const FunctionCallExpr* builtin_call(const Expr& e) { return dyn_cast<FunctionCallExpr>(&e); }

bool is_one_of(BuiltinId id, std::span<const BuiltinId> ids) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Strings that depend on the focus node's name alone: its name accessors, literals, and string
// functions over them (no regex: flags and patterns could raise per call site).
bool is_name_only_string(const Expr& e) {
  if (e.literal() != nullptr) return true;
  const FunctionCallExpr* call = builtin_call(e);
  if (call == nullptr) return false;
  static constexpr std::array kAccessors = {BuiltinId::kName, BuiltinId::kLocalName,
                                            BuiltinId::kNamespaceUri};
  if (is_one_of(call->function()->id, kAccessors)) return call->args().empty();
  static constexpr std::array kStrings = {BuiltinId::kConcat,          BuiltinId::kNormalizeSpace,
                                          BuiltinId::kUpperCase,       BuiltinId::kLowerCase,
                                          BuiltinId::kSubstringBefore, BuiltinId::kSubstringAfter};
  if (!is_one_of(call->function()->id, kStrings)) return false;
  for (const ExprPtr& arg : call->args()) {
    if (!is_name_only_string(*arg)) return false;
  }
  return !call->args().empty();
}

}  // namespace

bool is_name_only_test(const Expr& e) {
  if (auto* logic = dyn_cast<LogicExpr>(&e)) {
    return is_name_only_test(*logic->left()) && is_name_only_test(*logic->right());
  }
  const FunctionCallExpr* call = builtin_call(e);
  if (call == nullptr) return false;
  const BuiltinId id = call->function()->id;
  if (id == BuiltinId::kTrue || id == BuiltinId::kFalse) return call->args().empty();
  if (id == BuiltinId::kNot || id == BuiltinId::kBoolean) {
    return call->args().size() == 1 && is_name_only_test(*call->args().front());
  }
  static constexpr std::array kTests = {BuiltinId::kEndsWith, BuiltinId::kStartsWith,
                                        BuiltinId::kContains};
  if (!is_one_of(id, kTests) || call->args().size() != 2) return false;
  return is_name_only_string(*call->args()[0]) && is_name_only_string(*call->args()[1]);
}

ExprPtr memoise_name_tests(ExprPtr predicate) {
  if (is_name_only_test(*predicate)) return std::make_unique<NameMemoExpr>(std::move(predicate));
  auto* logic = dyn_cast<LogicExpr>(predicate.get());
  if (logic == nullptr || !logic->is_and()) return predicate;
  // `A and B` with A name-only (A itself may be an `and` chain): B is tested only where A holds.
  logic->replace_left(memoise_name_tests(logic->release_left()));
  return predicate;
}

NameMemoExpr::NameMemoExpr(ExprPtr test)
    : Expr(test->offset(), kKind), slot_(next_slot.fetch_add(1)), test_(std::move(test)) {}

bool NameMemoExpr::ebv(EvalContext& c) const {
  const Item& focus = c.context_item();
  // Namespace nodes share their element's name id but are named by their prefix.
  if (c.dynamic == nullptr || !focus.is_node() || focus.node().ns_slot != 0) return test_->ebv(c);
  const xdm::NodeRef node = focus.node();
  const std::uint32_t name_id = node.doc->name_id_of(node.index);
  NameMemo& memo = c.dynamic->name_memo();
  if (std::int8_t kept = memo.answer(slot_, *node.doc, name_id); kept >= 0) return kept == 1;
  NameAnswers& answers = name_answers();
  const bool* known = kept_answer(answers, slot_, *node.doc, node.index);
  const bool value = known != nullptr ? *known : test_->ebv(c);
  // Looked up again: test_ may use the memo (and the answers, whose key is then another).
  if (known == nullptr && kept_answer(answers, slot_, *node.doc, node.index) == nullptr) {
    answers.keep(value);
  }
  memo.answer(slot_, *node.doc, name_id) = value ? 1 : 0;
  return value;
}

std::int8_t& NameMemo::answer(std::uint32_t slot, const xdm::Document& document,
                              std::uint32_t name_id) {
  if (document.id() != document_id_) {
    document_id_ = document.id();
    answers_.clear();
  }
  std::vector<std::int8_t>& answers = answers_[slot];
  if (answers.empty()) answers.assign(document.name_id_count(), -1);
  return answers[name_id];
}

}  // namespace konform::xpath
