// The parts of the service that read what a client sent: the route table, the request target,
// the report format from ?format= and Accept, --listen addresses and the bearer token.
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "konform/error.h"
#include "validator/serve/listen_address.h"
#include "validator/serve/report_format.h"
#include "validator/serve/request_target.h"
#include "validator/serve/router.h"
#include "validator/serve/token.h"

using namespace konform::serve;

BOOST_AUTO_TEST_SUITE(serve_request_parsing)

BOOST_AUTO_TEST_CASE(routes_tell_unknown_paths_from_wrong_methods) {
  BOOST_TEST((route_of(http::verb::post, "/v1/validate") == Route::kValidate));
  BOOST_TEST((route_of(http::verb::get, "/v1/validate") == Route::kMethodNotAllowed));
  BOOST_TEST((route_of(http::verb::get, "/v1/nothing") == Route::kNotFound));
  BOOST_TEST((route_of(http::verb::get, "/healthz") == Route::kHealth));
  BOOST_TEST(allowed_methods("/v1/validate") == "POST");
  BOOST_TEST(route_label(Route::kNotFound) == "other");
}

BOOST_AUTO_TEST_CASE(only_the_probes_and_the_page_go_without_a_token) {
  for (const auto& entry : routes()) {
    const bool open = entry.route == Route::kHealth || entry.route == Route::kReady ||
                      entry.route == Route::kPage || entry.route == Route::kComparePage ||
                      entry.route == Route::kStylesheet;
    BOOST_TEST(entry.needs_token == !open, entry.path);
  }
  // The forms need the token too, but may carry it as a field (form_authorized).
  BOOST_TEST(needs_token(Route::kFormValidate));
  BOOST_TEST(is_form_route(Route::kFormValidate));
  BOOST_TEST(!is_form_route(Route::kValidate));
}

BOOST_AUTO_TEST_CASE(get_slash_is_the_page_and_post_slash_stays_kosits) {
  BOOST_TEST((route_of(http::verb::get, "/") == Route::kPage));
  BOOST_TEST((route_of(http::verb::post, "/") == Route::kKosit));
  BOOST_TEST((route_of(http::verb::put, "/") == Route::kMethodNotAllowed));
  BOOST_TEST(allowed_methods("/") == "POST, GET");
  BOOST_TEST((route_of(http::verb::get, "/ui/validate") == Route::kMethodNotAllowed));
  // The metrics count the page and KoSIT's route apart, though they share the path.
  BOOST_TEST(route_label(Route::kPage) == "/");
  BOOST_TEST(route_label(Route::kKosit) == "kosit");
}

BOOST_AUTO_TEST_CASE(every_route_has_its_own_metrics_label) {
  std::set<std::string> labels;
  for (const auto& entry : routes()) {
    BOOST_TEST(labels.insert(route_label(entry.route)).second, entry.path);
  }
  BOOST_TEST(!labels.contains(route_label(Route::kNotFound)));
}

BOOST_AUTO_TEST_CASE(targets_split_into_path_and_decoded_query) {
  const auto target =
      parse_request_target("/v1/validate?name=Antrag%20M%C3%BCller.xml&profile=x+y");
  BOOST_REQUIRE(target.has_value());
  BOOST_TEST(target->path == "/v1/validate");
  BOOST_TEST(target->parameter("name") == "Antrag M\u00fcller.xml");
  BOOST_TEST(target->parameter("profile") == "x y");
  BOOST_TEST(target->parameter("format").empty());
  BOOST_TEST(!parse_request_target("/v1/validate?name=%4").has_value());
  BOOST_TEST(!parse_request_target("/v1/validate?name=%zz").has_value());
  BOOST_TEST(!parse_request_target("http://elsewhere/").has_value());
}

BOOST_AUTO_TEST_CASE(the_format_comes_from_the_query_then_accept_then_json) {
  BOOST_TEST(choose_report_format("junit", "application/json")->name == "junit");
  BOOST_TEST(choose_report_format("", "")->name == "json");
  BOOST_TEST(choose_report_format("", "application/sarif+json")->name == "sarif");
  BOOST_TEST(choose_report_format("", "application/sarif+json")->content_type ==
             "application/sarif+json; charset=utf-8");
  BOOST_TEST(choose_report_format("", "image/png, text/html;q=0.9")->name == "html");
  BOOST_TEST(choose_report_format("", "application/xml")->name == "xml");
  BOOST_TEST(choose_report_format("", "*/*")->name == "json");
  BOOST_TEST(!choose_report_format("", "image/png").has_value());
  BOOST_TEST(!choose_report_format("pdf", "").has_value());
}

BOOST_AUTO_TEST_CASE(listen_addresses_are_numeric) {
  BOOST_TEST(parse_listen_address("127.0.0.1:0").port() == 0);
  BOOST_TEST(parse_listen_address("[::1]:8080").address().is_v6());
  BOOST_CHECK_THROW(parse_listen_address("localhost:8080"), konform::api::ConfigurationError);
  BOOST_CHECK_THROW(parse_listen_address("127.0.0.1"), konform::api::ConfigurationError);
  BOOST_CHECK_THROW(parse_listen_address("127.0.0.1:70000"), konform::api::ConfigurationError);
}

BOOST_AUTO_TEST_CASE(the_bearer_token_must_match_exactly) {
  const std::string token = "0123456789abcdef0123";
  BOOST_TEST(bearer_token_matches("Bearer " + token, token));
  BOOST_TEST(!bearer_token_matches("Bearer " + token + "x", token));
  BOOST_TEST(!bearer_token_matches("Bearer 0123456789abcdef0124", token));
  BOOST_TEST(!bearer_token_matches("Basic " + token, token));
  BOOST_TEST(!bearer_token_matches("", token));
  BOOST_TEST(!bearer_token_matches("Bearer ", ""));
}

BOOST_AUTO_TEST_SUITE_END()
