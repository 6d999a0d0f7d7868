// The request and response types of every handler: Boost.Beast's, bodies held as strings (the
// body limit bounds them).
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>
#include <string_view>

namespace konform::serve {

namespace http = boost::beast::http;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

/// Beast's string_view (Boost's in Boost 1.74) as the standard one.
inline std::string_view std_view(boost::beast::string_view text) {
  return {text.data(), text.size()};
}

/// A response with `status`, `content_type` and `body`, answering `request`'s HTTP version, with
/// the headers every answer carries (no caching) and its length; one for every body type, so a
/// report sent in pieces (report_body.h) carries the same headers as a string.
template <typename Body>
http::response<Body> make_response(unsigned version, http::status status,
                                   std::string_view content_type, typename Body::value_type body) {
  http::response<Body> response{status, version, std::move(body)};
  response.set(http::field::content_type,
               boost::beast::string_view(content_type.data(), content_type.size()));
  response.set(http::field::cache_control, "no-store");
  response.prepare_payload();
  return response;
}

/// make_response with a string body.
inline Response make_response(unsigned version, http::status status, std::string_view content_type,
                              std::string body) {
  return make_response<http::string_body>(version, status, content_type, std::move(body));
}

}  // namespace konform::serve
