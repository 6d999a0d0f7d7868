// Global lets are XSLT global variables: they may refer to each other in any order and are only
// evaluated when used (Saxon evaluates them lazily, so an unused let never raises an error). The
// runner evaluates them eagerly once per document, so the compiler orders them here: only lets
// reachable from the active rules, each after the lets it refers to. References are found
// textually (`$name` outside string literals), which may over-approximate but never misses one.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace konform::schematron {

/// Variable names referenced as `$name` in an XPath expression text.
std::vector<std::string> referenced_variables(std::string_view xpath);

struct LetOrder {
  std::vector<std::size_t> order;    // indices into the given lets, dependencies first
  std::optional<std::size_t> cycle;  // a let that depends on itself, if any
};

/// `names[i]`/`values[i]` describe global let i; `used` are the variable names the active rules
/// reference.
LetOrder order_global_lets(const std::vector<std::string>& names,
                           const std::vector<std::string>& values,
                           const std::set<std::string, std::less<>>& used);

}  // namespace konform::schematron
