// The built-in function table: built once per process on first use, immutable afterwards, so
// every static context (each Schematron schema, rule and match condition) shares it and
// compiling one costs no registration.
#include <string>
#include <unordered_map>

#include "validator/xpath/functions.h"

namespace konform::xpath {
namespace {

struct BuiltinTable {
  std::vector<FunctionSignature> functions;
  /// "{ns}local" -> the entries with that name (one per arity range).
  std::unordered_map<std::string, std::vector<const FunctionSignature*>> by_name;
};

std::string name_key(std::string_view ns, std::string_view local) {
  std::string key;
  key.reserve(ns.size() + local.size() + 2);
  key.push_back('{');
  key.append(ns).push_back('}');
  key.append(local);
  return key;
}

const BuiltinTable& table() {
  static const BuiltinTable built = [] {
    BuiltinTable t;
    fn::add_core(t.functions);
    fn::add_strings(t.functions);
    fn::add_regex(t.functions);
    fn::add_temporal(t.functions);
    // Pointers are taken only now: the vector no longer grows.
    for (const FunctionSignature& f : t.functions) t.by_name[name_key(f.ns, f.local)].push_back(&f);
    return t;
  }();
  return built;
}

}  // namespace

const FunctionSignature* find_builtin(std::string_view ns, std::string_view local, int arity) {
  const auto& by_name = table().by_name;
  auto it = by_name.find(name_key(ns, local));
  if (it == by_name.end()) return nullptr;
  for (const FunctionSignature* f : it->second) {
    if (f->accepts(arity)) return f;
  }
  return nullptr;
}

bool is_builtin_name(std::string_view ns, std::string_view local) {
  return table().by_name.count(name_key(ns, local)) > 0;
}

namespace fn {

FunctionSignature& define(FunctionTable& table, std::string_view local, int min_arity,
                          int max_arity, std::vector<DeclaredType> parameters, DeclaredType result,
                          BuiltinBody body) {
  FunctionSignature f;
  f.ns = kFnNamespace;
  f.local = local;
  f.min_arity = min_arity;
  f.max_arity = max_arity;
  f.parameters = std::move(parameters);
  f.result = result;
  f.body = body;
  table.push_back(std::move(f));
  return table.back();
}

}  // namespace fn
}  // namespace konform::xpath
