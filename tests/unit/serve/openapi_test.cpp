// The OpenAPI document the service serves (validator/serve/openapi.json, embedded at build time)
// checked without the OpenAPI 3.1 meta-schema, which this machine does not have: the fields 3.1
// requires, every $ref resolving, and the paths and methods exactly those the router answers, so
// the document cannot drift from the service.
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "validator/serve/info_handlers.h"
#include "validator/serve/router.h"

using namespace konform::serve;
using Json = nlohmann::json;

namespace {

Json served_document() { return Json::parse(openapi_response(11).body()); }

void collect_refs(const Json& node, std::set<std::string>& refs) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "$ref" && value.is_string()) refs.insert(value.get<std::string>());
      collect_refs(value, refs);
    }
  } else if (node.is_array()) {
    for (const auto& item : node) collect_refs(item, refs);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_openapi)

BOOST_AUTO_TEST_CASE(the_document_has_what_openapi_3_1_requires) {
  const Json document = served_document();
  BOOST_TEST(document.at("openapi").get<std::string>().rfind("3.1.", 0) == 0u);
  BOOST_TEST(document.at("info").at("title").is_string());
  BOOST_TEST(document.at("info").at("version").is_string());
  for (const auto& [path, item] : document.at("paths").items()) {
    BOOST_TEST(path.front() == '/');
    for (const auto& [method, operation] : item.items()) {
      BOOST_TEST(operation.at("responses").is_object(), path + " " + method);
      BOOST_TEST(!operation.at("responses").empty(), path + " " + method);
      BOOST_TEST(operation.at("operationId").is_string(), path + " " + method);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_reference_resolves) {
  const Json document = served_document();
  std::set<std::string> refs;
  collect_refs(document, refs);
  BOOST_TEST(!refs.empty());
  for (const auto& ref : refs) {
    BOOST_REQUIRE_MESSAGE(ref.rfind("#/", 0) == 0, ref + " is not local");
    BOOST_TEST(document.contains(Json::json_pointer(ref.substr(1))), ref);
  }
}

BOOST_AUTO_TEST_CASE(paths_and_methods_are_the_routers) {
  const Json document = served_document();
  std::set<std::string> documented;
  for (const auto& [path, item] : document.at("paths").items()) {
    for (const auto& [method, operation] : item.items()) documented.insert(method + " " + path);
  }
  std::set<std::string> routed;
  for (const auto& entry : routes()) {
    std::string method(http::to_string(entry.method));
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    routed.insert(method + " " + std::string(entry.path));
  }
  BOOST_TEST(documented == routed);
}

BOOST_AUTO_TEST_CASE(the_probes_and_the_page_alone_need_no_token) {
  const Json document = served_document();
  for (const auto& entry : routes()) {
    std::string method(http::to_string(entry.method));
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const Json& operation = document.at("paths").at(std::string(entry.path)).at(method);
    const bool open =
        operation.contains("security") && operation.at("security") == Json::parse("[{}]");
    BOOST_TEST(open == !entry.needs_token, entry.path);
  }
}

BOOST_AUTO_TEST_SUITE_END()
