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

/// A response with `status`, `content_type` and `body`, answering `request`'s HTTP version.
Response make_response(unsigned version, http::status status, const char* content_type,
                       std::string body);

}  // namespace konform::serve
