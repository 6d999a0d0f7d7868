// The node vectors path evaluation borrows from its dynamic context (validator/xpath/
// node_buffers.h): given back emptied with their storage, lent to one borrower at a time.
#include "validator/xpath/node_buffers.h"

#include <boost/test/unit_test.hpp>

#include "tests/unit/xdm/pugi_tree_loader.h"

using konform::xpath::NodeBuffer;
using konform::xpath::NodeBufferPool;

BOOST_AUTO_TEST_SUITE(xpath_node_buffers)

BOOST_AUTO_TEST_CASE(a_vector_given_back_is_lent_again_empty_with_its_storage) {
  auto doc = konform::xdm::test::parse_xml("<r/>");
  NodeBufferPool pool;
  const konform::xdm::NodeRef* storage = nullptr;
  {
    NodeBuffer first(&pool);
    first->assign(100, doc->root());
    storage = first->data();
  }
  NodeBuffer again(&pool);
  BOOST_TEST(again->empty());
  BOOST_TEST(again->capacity() >= 100u);
  BOOST_TEST(again->data() == storage);
}

BOOST_AUTO_TEST_CASE(buffers_alive_together_have_storage_of_their_own) {
  auto doc = konform::xdm::test::parse_xml("<r><a/></r>");
  NodeBufferPool pool;
  {
    NodeBuffer warm(&pool), warm2(&pool);
    warm->push_back(doc->root());
    warm2->push_back(doc->root());
  }
  NodeBuffer outer(&pool);
  outer->push_back(doc->root());
  {
    NodeBuffer inner(&pool);
    BOOST_TEST(inner->empty());
    BOOST_TEST(inner->data() != outer->data());
    inner->push_back(doc->root());
  }
  BOOST_TEST(outer->size() == 1u);
}

BOOST_AUTO_TEST_CASE(without_a_pool_a_buffer_is_a_plain_vector) {
  auto doc = konform::xdm::test::parse_xml("<r/>");
  NodeBuffer alone(nullptr);
  alone->push_back(doc->root());
  BOOST_TEST(alone->size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
