// Name-only predicates answered once per name (name_memo.h): the answers kept for one document
// and, per thread, across documents hold for the lexical name they were given for, prefix and
// namespace URI included.
#include <boost/test/unit_test.hpp>

#include <memory>
#include <string>
#include <vector>

#include "tests/unit/xdm/pugi_tree_loader.h"
#include "validator/xpath/xpath.h"

using namespace konform::xpath;

BOOST_AUTO_TEST_SUITE(name_memo)

BOOST_AUTO_TEST_CASE(answers_kept_across_documents_follow_the_whole_lexical_name) {
  StaticContext statics;
  const CompiledExpression by_prefix = compile("count(//*[starts-with(name(), 'p:')])", statics);
  const CompiledExpression by_namespace =
      compile("count(//*[contains(namespace-uri(), 'urn:a')])", statics);
  const CompiledExpression by_local = compile("count(//*[ends-with(local-name(), 'x')])", statics);
  std::vector<std::unique_ptr<konform::xdm::Document>> documents;
  for (const char* xml :
       {"<p:x xmlns:p='urn:a'><p:x/></p:x>", "<q:x xmlns:q='urn:a'><q:x/></q:x>",
        "<p:x xmlns:p='urn:b'><p:x/></p:x>", "<p:y xmlns:p='urn:a'><p:y/></p:y>"}) {
    documents.push_back(konform::xdm::test::parse_xml(xml));
  }
  DynamicContext context;
  std::string counts;
  for (int round = 0; round < 2; ++round) {
    for (const auto& document : documents) {
      context.context_item = Item(document->root());
      for (const CompiledExpression* e : {&by_prefix, &by_namespace, &by_local}) {
        counts += e->evaluate_string(context);
      }
      counts += ' ';
    }
  }
  BOOST_TEST(counts == "222 022 202 220 222 022 202 220 ");
}

BOOST_AUTO_TEST_SUITE_END()
