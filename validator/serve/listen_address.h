// `--listen ADDR:PORT` as an endpoint: IPv4 ("127.0.0.1:8080") or bracketed IPv6 ("[::1]:0").
// Only numeric addresses: resolving host names would reach for DNS, i.e. the network.
#pragma once

#include <boost/asio/ip/tcp.hpp>

#include <string>

namespace konform::serve {

/// Throws api::ConfigurationError naming the option when `text` is no numeric ADDR:PORT.
boost::asio::ip::tcp::endpoint parse_listen_address(const std::string& text);

}  // namespace konform::serve
