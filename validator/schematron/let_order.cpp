#include "validator/schematron/let_order.h"

#include <map>

namespace konform::schematron {
namespace {

bool is_name_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':' || u >= 0x80;
}

}  // namespace

std::vector<std::string> referenced_variables(std::string_view xpath) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < xpath.size(); ++i) {
    char c = xpath[i];
    if (c == '\'' || c == '"') {
      auto end = xpath.find(c, i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '$') {
      std::size_t end = i + 1;
      while (end < xpath.size() && is_name_char(xpath[end])) ++end;
      // A trailing '.' or '-' cannot end a QName reference followed by an operator ("$a - 1" has
      // spaces; "$a-1" is the name "a-1" in XPath too), so take the name as written.
      if (end > i + 1) names.emplace_back(xpath.substr(i + 1, end - i - 1));
      i = end - 1;
    }
  }
  return names;
}

LetOrder order_global_lets(const std::vector<std::string>& names,
                           const std::vector<std::string>& values,
                           const std::set<std::string, std::less<>>& used) {
  std::map<std::string, std::size_t, std::less<>> index;
  for (std::size_t i = 0; i < names.size(); ++i) index.emplace(names[i], i);
  enum class Mark { kNone, kVisiting, kDone };
  std::vector<Mark> marks(names.size(), Mark::kNone);
  LetOrder result;
  // Iterative DFS would be safer for huge chains; let chains in rule sets are short.
  auto visit = [&](auto&& self, std::size_t i) -> void {
    if (marks[i] == Mark::kDone || result.cycle) return;
    if (marks[i] == Mark::kVisiting) {
      result.cycle = i;
      return;
    }
    marks[i] = Mark::kVisiting;
    for (const std::string& name : referenced_variables(values[i])) {
      auto it = index.find(name);
      if (it != index.end()) self(self, it->second);
    }
    marks[i] = Mark::kDone;
    result.order.push_back(i);
  };
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (used.count(names[i]) != 0) visit(visit, i);
  }
  return result;
}

}  // namespace konform::schematron
