// RuleIndex: the rules whose context may match a node of a kind and local name, across all
// patterns, ordered by pattern, then by rule, each once.
#include <boost/test/unit_test.hpp>

#include <deque>
#include <string>
#include <vector>

#include "validator/schematron/rule_index.h"

using namespace konform::schematron;
using konform::xdm::NodeKind;

namespace {

using Contexts = std::vector<std::vector<std::string>>;

/// An index over rule contexts given as text, pattern by pattern.
struct IndexOf {
  explicit IndexOf(const Contexts& contexts) {
    std::vector<std::vector<const NodeFilter*>> by_pattern;
    for (const auto& pattern : contexts) {
      by_pattern.emplace_back();
      for (const std::string& context : pattern) {
        by_pattern.back().push_back(&filters.emplace_back(analyse_pattern(context)));
      }
    }
    index.build(by_pattern);
  }
  /// The candidates as "pattern.rule" separated by spaces.
  std::string operator()(NodeKind kind, std::string_view local_name = {}) const {
    std::string out;
    for (const RuleRef& r : index.candidates(kind, local_name)) {
      if (!out.empty()) out += ' ';
      out += std::to_string(r.pattern) + '.' + std::to_string(r.rule);
    }
    return out;
  }
  std::deque<NodeFilter> filters;  // stable addresses
  RuleIndex index;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_index)

BOOST_AUTO_TEST_CASE(named_lists_hold_the_wildcards_of_every_pattern_in_rule_order) {
  const IndexOf candidates({{"a", "*", "b | a"}, {"id('x')", "a/c"}, {"text()", "@a", "@*"}});
  BOOST_TEST(candidates(NodeKind::kElement, "a") == "0.0 0.1 0.2 1.0");
  BOOST_TEST(candidates(NodeKind::kElement, "b") == "0.1 0.2 1.0");
  BOOST_TEST(candidates(NodeKind::kElement, "c") == "0.1 1.0 1.1");
  BOOST_TEST(candidates(NodeKind::kElement, "unknown") == "0.1 1.0");
  BOOST_TEST(candidates(NodeKind::kAttribute, "a") == "1.0 2.1 2.2");
  BOOST_TEST(candidates(NodeKind::kAttribute, "c") == "1.0 2.2");
}

BOOST_AUTO_TEST_CASE(unnamed_kinds_have_one_list_each) {
  const IndexOf candidates(
      {{"/", "text()", "comment()"}, {"a", "processing-instruction()"}, {"node()", "id('x')"}});
  BOOST_TEST(candidates(NodeKind::kDocument) == "0.0 2.1");
  BOOST_TEST(candidates(NodeKind::kText) == "0.1 2.0 2.1");
  BOOST_TEST(candidates(NodeKind::kComment) == "0.2 2.0 2.1");
  BOOST_TEST(candidates(NodeKind::kProcessingInstruction, "target") == "1.1 2.0 2.1");
  BOOST_TEST(candidates(NodeKind::kNamespace) == "");
}

BOOST_AUTO_TEST_CASE(a_rule_named_twice_is_listed_once) {
  const IndexOf candidates(Contexts{{"a | x/a | a[1]", "*"}});
  BOOST_TEST(candidates(NodeKind::kElement, "a") == "0.0 0.1");
}

BOOST_AUTO_TEST_SUITE_END()
