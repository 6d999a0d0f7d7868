#include "tests/security/loopback_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace konform::test::security {
namespace {

// What a fetch would get: a schema that accepts any element named "a" in no namespace.
constexpr const char kResponse[] =
    "HTTP/1.0 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n"
    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
    "<xs:element name=\"a\"/></xs:schema>\n";

}  // namespace

LoopbackServer::LoopbackServer() {
  socket_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (socket_ < 0) throw std::runtime_error("loopback server: socket() failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;  // the kernel picks a free port
  if (bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      listen(socket_, 16) != 0) {
    close(socket_);
    throw std::runtime_error("loopback server: bind/listen failed");
  }
  socklen_t length = sizeof address;
  getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length);
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { serve(); });
}

LoopbackServer::~LoopbackServer() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  close(socket_);
}

std::string LoopbackServer::base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

void LoopbackServer::serve() {
  while (!stop_) {
    // Poll with a short timeout so the destructor's stop flag is seen promptly.
    pollfd listener{socket_, POLLIN, 0};
    if (poll(&listener, 1, 50) <= 0) continue;
    int client = accept4(socket_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    ++connections_;
    char request[4096];
    pollfd incoming{client, POLLIN, 0};
    if (poll(&incoming, 1, 500) > 0) (void)!read(client, request, sizeof request);
    (void)!write(client, kResponse, sizeof kResponse - 1);
    close(client);
  }
}

}  // namespace konform::test::security
