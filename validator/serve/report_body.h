// The body of a report answer: the report's pieces (konform/report.h, api::ReportPieces) sent as
// one buffer sequence, so no answer copies its chain's rule catalogue into a string of its own
// (517 KB for an XRechnung invoice). The message holds the pieces, and with them the shared
// catalogue, until its write has finished (session.cpp).
#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>

#include <array>
#include <cstdint>
#include <utility>

#include "konform/report.h"

namespace konform::serve {

struct ReportBody {
  using value_type = api::ReportPieces;

  /// Content-Length.
  static std::uint64_t size(const value_type& pieces) {
    return pieces.head.size() + (pieces.catalogue ? pieces.catalogue->size() : 0) +
           pieces.tail.size();
  }

  /// Beast's BodyWriter: every piece at once.
  class writer {
   public:
    using const_buffers_type = std::array<boost::asio::const_buffer, 3>;

    template <bool isRequest, class Fields>
    writer(const boost::beast::http::header<isRequest, Fields>& /*header*/,
           const value_type& pieces)
        : pieces_(pieces) {}

    void init(boost::beast::error_code& error) { error = {}; }

    boost::optional<std::pair<const_buffers_type, bool>> get(boost::beast::error_code& error) {
      error = {};
      const auto catalogue =
          pieces_.catalogue ? boost::asio::buffer(*pieces_.catalogue) : boost::asio::const_buffer();
      return {{const_buffers_type{boost::asio::buffer(pieces_.head), catalogue,
                                  boost::asio::buffer(pieces_.tail)},
               false}};
    }

   private:
    const value_type& pieces_;
  };
};

using ReportResponse = boost::beast::http::response<ReportBody>;

}  // namespace konform::serve
