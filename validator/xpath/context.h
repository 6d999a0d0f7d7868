// The static context (what an expression may refer to when it is compiled: namespaces, variable
// names, functions, xsl:key definitions) and the dynamic context (what it is evaluated against:
// context item, variable values, the fixed current dateTime, the step budget).
//
// Functions: the F&O 2.0 library (one table shared by every static context,
// function_signature.h) and the xs: constructor functions are always there.
// Callers add native C++ functions (add_function) and XPath-bodied user functions
// (add_user_function, like xsl:function). Function names and arities are resolved at compile
// time (XPST0017). User function bodies see only their parameters (not the caller-declared
// variables) and have no context item, as in XSLT.
//
// Thread-safety: compile() mutates lazily compiled user-function bodies, so compile against one
// StaticContext from one thread at a time. Evaluation of compiled expressions is thread-safe as
// long as each thread uses its own DynamicContext.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "validator/xpath/function_signature.h"
#include "validator/xpath/name_codes.h"
#include "validator/xpath/node_buffers.h"
#include "validator/xpath/sequence_type.h"
#include "validator/xpath/value.h"

namespace konform::xpath {

inline constexpr std::string_view kFnNamespace = "http://www.w3.org/2005/xpath-functions";
inline constexpr std::string_view kXsNamespace = "http://www.w3.org/2001/XMLSchema";

class DynamicContext;
class DocumentSource;
class Expr;
struct KeyDefinition;
class KeyCache;
class NameMemo;

/// The state an expression is evaluated in; passed to native functions.
struct EvalContext {
  const DynamicContext* dynamic = nullptr;
  const Item* item = nullptr;  // context item; nullptr = absent (XPDY0002 when used)
  std::size_t position = 0;
  std::size_t size = 0;
  Sequence* locals = nullptr;     // slots of for/some/every variables and function parameters
  const Item* current = nullptr;  // XSLT current(): the context item of the outermost evaluation
  std::uint64_t* steps_left = nullptr;
  int call_depth = 0;  ///< nesting of user-function calls (kMaxUserFunctionDepth)
  const PreparedCall* prepared = nullptr;  // per-call-site data of the function being called

  /// Counts one unit of work; throws KONF0001 when the budget is exhausted, and every
  /// kDeadlineInterval units KONF0002 when DynamicContext::deadline has passed.
  void step() {
    if (*steps_left == 0) throw_budget_exceeded();
    if ((--*steps_left & (kDeadlineInterval - 1)) == 0) check_deadline();
  }
  /// Counts n units of work (items or bytes produced); throws KONF0001 when exhausted.
  void charge(std::uint64_t n) {
    if (*steps_left < n) exhaust();
    *steps_left -= n;
  }
  /// The context item, or XPDY0002.
  const Item& context_item() const;
  /// The context item as a node, or XPDY0002/XPTY0004.
  xdm::NodeRef context_node() const;
  [[noreturn]] static void throw_budget_exceeded();
  /// Work that would exceed the budget uses it up (so a shared budget knows it is spent), then
  /// throws KONF0001.
  [[noreturn]] void exhaust() {
    *steps_left = 0;
    throw_budget_exceeded();
  }
  /// Throws KONF0002 when the dynamic context has a deadline and it has passed.
  void check_deadline() const;
  /// Steps between two looks at the clock (a power of two).
  static constexpr std::uint64_t kDeadlineInterval = 4096;
};

/// A native function a caller registers; its arguments arrive as evaluated (item()*).
struct FunctionDefinition {
  std::string ns;
  std::string local;
  int min_arity = 0;
  int max_arity = 0;  // FunctionSignature::kVariadic: any number from min_arity on
  NativeFunction body;
};

struct UserFunction {
  std::string ns;
  std::string local;
  std::vector<std::string> parameter_names;  // lexical QNames, referenced as $name in the body
  std::vector<SequenceType> parameter_types;
  std::optional<SequenceType> result_type;
  std::string body_text;
  // Compiled lazily (so functions may call each other regardless of registration order).
  std::unique_ptr<Expr> body;
  std::size_t frame_size = 0;
  bool compiling = false;
};

class StaticContext {
 public:
  /// Predeclares the prefixes xml, xs, fn; the built-in functions are always visible.
  StaticContext();
  StaticContext(const StaticContext&) = delete;
  StaticContext& operator=(const StaticContext&) = delete;
  ~StaticContext();

  void declare_namespace(std::string prefix, std::string uri);
  std::optional<std::string> namespace_uri(std::string_view prefix) const;
  const std::map<std::string, std::string>& namespaces() const { return namespaces_; }
  /// Namespace for unprefixed element names in name tests (default: none).
  void set_default_element_namespace(std::string uri) { default_element_ns_ = std::move(uri); }
  const std::string& default_element_namespace() const { return default_element_ns_; }

  /// Declares an external variable (lexical QName, e.g. "total" or "p:x") and returns its slot
  /// in DynamicContext::variables. Declaring a name again returns the same slot.
  std::size_t declare_variable(std::string_view name);
  std::optional<std::size_t> variable_slot(std::string_view name) const;
  std::size_t variable_count() const { return variables_.size(); }

  /// Registers a native function (replacing one with the same name and overlapping arity;
  /// it hides a built-in of that name and arity).
  void add_function(FunctionDefinition definition);
  /// Registers an XPath-bodied function. `parameter_types`/`result_type` are sequence type
  /// strings ("xs:decimal", "item()*"; empty = item()*). Throws Error on a bad type.
  void add_user_function(std::string_view lexical_name, std::vector<std::string> parameter_names,
                         const std::vector<std::string>& parameter_types,
                         std::string_view result_type, std::string body);
  /// Registers an xsl:key: `match` is an XSLT pattern, `use` an expression. Throws Error.
  void add_key(std::string name, std::string_view match, std::string_view use);

  // Lookup, used by the compiler.
  const FunctionSignature* find_function(std::string_view ns, std::string_view local,
                                         int arity) const;
  bool has_function_name(std::string_view ns, std::string_view local) const;
  UserFunction* find_user_function(std::string_view ns, std::string_view local, int arity) const;
  const KeyDefinition* find_key(std::string_view name) const;
  /// Which namespace an unprefixed lexical QName is in.
  enum class Unprefixed : std::uint8_t { kNoNamespace, kDefaultElementNamespace };
  /// Expanded-name key "{ns}local" of a lexical QName. Throws XPST0081 for an unbound prefix.
  std::string expand(std::string_view lexical, Unprefixed unprefixed, std::size_t offset) const;

 private:
  std::map<std::string, std::string> namespaces_;
  std::string default_element_ns_;
  std::vector<std::string> variables_;  // expanded names by slot
  struct Registered;                    // a FunctionDefinition and its signature
  std::unordered_map<std::string, std::vector<std::unique_ptr<Registered>>> functions_;
  std::unordered_map<std::string, std::vector<std::unique_ptr<UserFunction>>> user_functions_;
  std::map<std::string, std::unique_ptr<KeyDefinition>, std::less<>> keys_;
};

class DynamicContext {
 public:
  DynamicContext();
  ~DynamicContext();
  DynamicContext(const DynamicContext&) = delete;
  DynamicContext& operator=(const DynamicContext&) = delete;

  /// The initial context item (usually a node); empty = absent.
  std::optional<Item> context_item;
  std::size_t position = 1;
  std::size_t size = 1;
  /// Values of the declared variables, indexed by StaticContext::declare_variable slots.
  std::vector<Sequence> variables;
  /// fn:current-dateTime() (fixed per run, with timezone); default 2000-01-01T00:00:00Z.
  DateTime current_date_time;
  /// Units of work one evaluate() call may use before it fails with KONF0001: one per node
  /// visited, predicate test, loop iteration and item produced, one per byte of strings built
  /// by concat/string-join/replace/translate. It bounds time and memory of hostile
  /// expressions; raise it for very large documents (a full scan of an n-node document costs n).
  std::uint64_t step_budget = 10'000'000;
  /// Steps left for all evaluations on this context together (e.g. one document's Schematron
  /// run): each evaluate() may use at most min(step_budget, *shared_steps_left), and what it
  /// used is taken off. Null: each evaluation is bounded by step_budget alone.
  std::uint64_t* shared_steps_left = nullptr;
  /// When set, evaluations fail with KONF0002 once the steady clock passes it (looked at every
  /// EvalContext::kDeadlineInterval steps).
  std::optional<std::chrono::steady_clock::time_point> deadline;
  /// The documents fn:doc() and fn:doc-available() may return; null: none (document_source.h).
  DocumentSource* documents = nullptr;

  void set_variable(std::size_t slot, Sequence value);
  KeyCache& key_cache() const { return *key_cache_; }
  /// The name codes of the document being evaluated, for name tests (name_codes.h).
  NameCodeCache& name_codes() const { return name_codes_; }
  /// The node vectors path evaluation borrows and gives back (node_buffers.h).
  NodeBufferPool& node_buffers() const { return node_buffers_; }
  /// The kept answers of name-only predicates for the document being evaluated (name_memo.h).
  NameMemo& name_memo() const { return *name_memo_; }

 private:
  std::unique_ptr<KeyCache> key_cache_;
  mutable NameCodeCache name_codes_;
  mutable NodeBufferPool node_buffers_;
  std::unique_ptr<NameMemo> name_memo_;
};

}  // namespace konform::xpath
