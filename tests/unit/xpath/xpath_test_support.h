// Test helpers: evaluate an expression against a small document and render the result as text
// (atomic values by their string value, nodes by fn:path, items separated by single spaces), or
// "!CODE" for an error, so table-driven tests can state expectations compactly.
#pragma once

#include <memory>
#include <string>

#include "tests/unit/xdm/pugi_tree_loader.h"
#include "validator/xdm/node_path.h"
#include "validator/xpath/xpath.h"

namespace konform::xpath::test {

struct Case {
  const char* expression;
  const char* expected;
};

inline std::string render(const Sequence& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i) out.push_back(' ');
    out += s[i].is_node() ? xdm::node_path(s[i].node()) : item_string_value(s[i]);
  }
  return out;
}

class Fixture {
 public:
  explicit Fixture(const std::string& xml = "<root/>") : doc_(xdm::test::parse_xml(xml)) {}

  StaticContext& statics() { return statics_; }
  DynamicContext& dynamics() { return dynamics_; }
  const xdm::Document& doc() const { return *doc_; }

  /// Result text or "!CODE". The context item is the document node unless `context` is given.
  std::string run(const std::string& expression) {
    try {
      CompiledExpression e = compile(expression, statics_);
      if (!dynamics_.context_item) dynamics_.context_item = Item(doc_->root());
      return render(e.evaluate(dynamics_));
    } catch (const Error& e) {
      return "!" + e.code();
    }
  }

 private:
  std::unique_ptr<xdm::Document> doc_;
  StaticContext statics_;
  DynamicContext dynamics_;
};

}  // namespace konform::xpath::test
