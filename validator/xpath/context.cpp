#include "validator/xpath/context.h"

#include <atomic>

#include "validator/xpath/error.h"
#include "validator/xpath/key_index.h"
#include "validator/xpath/name_memo.h"
#include "validator/xpath/parser.h"

namespace konform::xpath {
namespace {

std::string key_of(std::string_view ns, std::string_view local) {
  std::string k = "{";
  k.append(ns).push_back('}');
  k.append(local);
  return k;
}

}  // namespace

/// A registered function owns its definition; the signature points into it. Its arguments are
/// passed unconverted (item()*), its result is declared item()*.
struct StaticContext::Registered {
  explicit Registered(FunctionDefinition d) : definition(std::move(d)) {
    signature.ns = definition.ns;
    signature.local = definition.local;
    signature.min_arity = definition.min_arity;
    signature.max_arity = definition.max_arity;
    signature.parameters = {DeclaredType{}};
    signature.native = &definition.body;
  }
  FunctionDefinition definition;
  FunctionSignature signature;
};

StaticContext::StaticContext() {
  namespaces_["xml"] = "http://www.w3.org/XML/1998/namespace";
  namespaces_["xs"] = std::string(kXsNamespace);
  namespaces_["fn"] = std::string(kFnNamespace);
}

StaticContext::~StaticContext() = default;

void StaticContext::declare_namespace(std::string prefix, std::string uri) {
  namespaces_[std::move(prefix)] = std::move(uri);
}

std::optional<std::string> StaticContext::namespace_uri(std::string_view prefix) const {
  if (prefix.empty()) return std::string();
  auto it = namespaces_.find(std::string(prefix));
  if (it == namespaces_.end()) return std::nullopt;
  return it->second;
}

std::string StaticContext::expand(std::string_view lexical, Unprefixed unprefixed,
                                  std::size_t offset) const {
  auto colon = lexical.find(':');
  if (colon == std::string_view::npos)
    return key_of(
        unprefixed == Unprefixed::kDefaultElementNamespace ? default_element_ns_ : std::string(),
        lexical);
  auto uri = namespace_uri(lexical.substr(0, colon));
  if (!uri)
    throw Error("XPST0081",
                "no namespace declared for prefix '" + std::string(lexical.substr(0, colon)) + "'",
                offset);
  return key_of(*uri, lexical.substr(colon + 1));
}

std::size_t StaticContext::declare_variable(std::string_view name) {
  std::string expanded = expand(name, Unprefixed::kNoNamespace, 0);
  for (std::size_t i = 0; i < variables_.size(); ++i) {
    if (variables_[i] == expanded) return i;
  }
  variables_.push_back(std::move(expanded));
  return variables_.size() - 1;
}

std::optional<std::size_t> StaticContext::variable_slot(std::string_view name) const {
  std::string expanded = expand(name, Unprefixed::kNoNamespace, 0);
  for (std::size_t i = 0; i < variables_.size(); ++i) {
    if (variables_[i] == expanded) return i;
  }
  return std::nullopt;
}

void StaticContext::add_function(FunctionDefinition definition) {
  auto added = std::make_unique<Registered>(std::move(definition));
  auto& list = functions_[key_of(added->definition.ns, added->definition.local)];
  std::erase_if(list, [&](const std::unique_ptr<Registered>& f) {
    return f->signature.accepts(added->signature.min_arity) ||
           added->signature.accepts(f->signature.min_arity);
  });
  list.push_back(std::move(added));
}

void StaticContext::add_user_function(std::string_view lexical_name,
                                      std::vector<std::string> parameter_names,
                                      const std::vector<std::string>& parameter_types,
                                      std::string_view result_type, std::string body) {
  auto f = std::make_unique<UserFunction>();
  std::string expanded = expand(lexical_name, Unprefixed::kNoNamespace, 0);
  auto close = expanded.find('}');
  f->ns = expanded.substr(1, close - 1);
  f->local = expanded.substr(close + 1);
  if (f->ns.empty()) throw Error("XTSE0740", "a stylesheet function must be in a namespace");
  for (std::size_t i = 0; i < parameter_names.size(); ++i) {
    std::string type = i < parameter_types.size() ? parameter_types[i] : "";
    f->parameter_types.push_back(parse_sequence_type(type.empty() ? "item()*" : type, *this));
  }
  f->parameter_names = std::move(parameter_names);
  if (!result_type.empty()) f->result_type = parse_sequence_type(result_type, *this);
  f->body_text = std::move(body);
  auto& list = user_functions_[expanded];
  std::size_t arity = f->parameter_names.size();
  std::erase_if(list, [&](const auto& u) { return u->parameter_names.size() == arity; });
  list.push_back(std::move(f));
}

void StaticContext::add_key(std::string name, std::string_view match, std::string_view use) {
  static std::atomic<std::uint64_t> next_key_id{1};
  auto key = std::make_unique<KeyDefinition>();
  key->id = next_key_id.fetch_add(1);
  key->name = name;
  key->match = compile_pattern(match, *this);
  LocalScope scope;
  key->use = parse_expression(use, *this, scope);
  key->frame_size = scope.frame_size;
  keys_[std::move(name)] = std::move(key);
}

const FunctionSignature* StaticContext::find_function(std::string_view ns, std::string_view local,
                                                      int arity) const {
  if (!functions_.empty()) {
    auto it = functions_.find(key_of(ns, local));
    if (it != functions_.end()) {
      for (const auto& f : it->second) {
        if (f->signature.accepts(arity)) return &f->signature;
      }
    }
  }
  return find_builtin(ns, local, arity);
}

bool StaticContext::has_function_name(std::string_view ns, std::string_view local) const {
  return is_builtin_name(ns, local) || functions_.count(key_of(ns, local)) > 0 ||
         user_functions_.count(key_of(ns, local)) > 0;
}

UserFunction* StaticContext::find_user_function(std::string_view ns, std::string_view local,
                                                int arity) const {
  auto it = user_functions_.find(key_of(ns, local));
  if (it == user_functions_.end()) return nullptr;
  for (const auto& f : it->second) {
    if (static_cast<int>(f->parameter_names.size()) == arity) return f.get();
  }
  return nullptr;
}

const KeyDefinition* StaticContext::find_key(std::string_view name) const {
  auto it = keys_.find(name);
  return it == keys_.end() ? nullptr : it->second.get();
}

DynamicContext::DynamicContext()
    : current_date_time(
          *DateTime::parse(xsdtypes::DateTimeKind::kDateTime, "2000-01-01T00:00:00Z")),
      key_cache_(std::make_unique<KeyCache>()),
      name_memo_(std::make_unique<NameMemo>()) {}

DynamicContext::~DynamicContext() = default;

void DynamicContext::set_variable(std::size_t slot, Sequence value) {
  if (variables.size() <= slot) variables.resize(slot + 1);
  variables[slot] = std::move(value);
}

}  // namespace konform::xpath
