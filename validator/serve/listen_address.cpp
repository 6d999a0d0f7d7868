#include "validator/serve/listen_address.h"

#include <charconv>

#include "konform/error.h"

namespace konform::serve {
namespace {

api::ConfigurationError bad_address(const std::string& text, const std::string& why,
                                    const std::string& why_de) {
  return api::ConfigurationError(
      "--listen '" + text + "': " + why +
          "; expected ADDR:PORT with a numeric address, e.g. 127.0.0.1:8080 or [::1]:0",
      "--listen '" + text + "': " + why_de +
          "; erwartet ADRESSE:PORT mit numerischer Adresse, z. B. 127.0.0.1:8080 oder [::1]:0",
      {}, 0, 0);
}

}  // namespace

boost::asio::ip::tcp::endpoint parse_listen_address(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos) throw bad_address(text, "no port", "kein Port");
  std::string host = text.substr(0, colon);
  const std::string port_text = text.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  unsigned port = 0;
  const auto [end, error] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (error != std::errc() || end != port_text.data() + port_text.size() || port > 65535 ||
      port_text.empty()) {
    throw bad_address(text, "the port is not a number from 0 to 65535",
                      "der Port ist keine Zahl von 0 bis 65535");
  }
  boost::system::error_code parse_error;
  const auto address = boost::asio::ip::make_address(host, parse_error);
  if (parse_error) {
    throw bad_address(text, "'" + host + "' is not a numeric IP address",
                      "'" + host + "' ist keine numerische IP-Adresse");
  }
  return {address, static_cast<unsigned short>(port)};
}

}  // namespace konform::serve
