#include "tests/e2e/serve_raw_connection.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace konform::test {
namespace {

using Clock = std::chrono::steady_clock;

int milliseconds_until(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::max<long>(0, left.count()));
}

std::string lowercase_field(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// The first whole response in `buffer` (taken out of it), or none while it is incomplete.
std::optional<HttpAnswer> take_answer(std::string& buffer) {
  const auto head_end = buffer.find("\r\n\r\n");
  if (head_end == std::string::npos) return std::nullopt;
  HttpAnswer answer;
  const auto status_line_end = buffer.find("\r\n");
  const std::string status_line = buffer.substr(0, status_line_end);
  if (status_line.rfind("HTTP/1.", 0) != 0 || status_line.size() < 12) {
    throw std::runtime_error("not an HTTP response: " + status_line);
  }
  answer.status = std::stoi(status_line.substr(9, 3));
  std::size_t line = status_line_end + 2;
  while (line < head_end) {
    const auto end = buffer.find("\r\n", line);
    const std::string field = buffer.substr(line, end - line);
    const auto colon = field.find(':');
    if (colon != std::string::npos) {
      answer.headers[lowercase_field(field.substr(0, colon))] = trimmed(field.substr(colon + 1));
    }
    line = end + 2;
  }
  const std::string length = answer.header("content-length");
  const std::size_t body_length = length.empty() ? 0 : std::stoul(length);
  const std::size_t body_start = head_end + 4;
  if (buffer.size() < body_start + body_length) return std::nullopt;
  answer.body = buffer.substr(body_start, body_length);
  buffer.erase(0, body_start + body_length);
  return answer;
}

}  // namespace

RawConnection::RawConnection(unsigned short port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    const int error = errno;
    ::close(fd_);
    fd_ = -1;
    throw std::runtime_error(std::string("connect: ") + std::strerror(error));
  }
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
}

RawConnection::~RawConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool RawConnection::send(std::string_view bytes, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (!bytes.empty()) {
    const ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent > 0) {
      bytes.remove_prefix(static_cast<std::size_t>(sent));
      continue;
    }
    if (sent < 0 && errno == EINTR) continue;
    if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (Clock::now() >= deadline) return false;
      pollfd writable{fd_, POLLOUT, 0};
      ::poll(&writable, 1, milliseconds_until(deadline));
      continue;
    }
    return false;  // closed or reset by the peer
  }
  return true;
}

bool RawConnection::readable(std::chrono::milliseconds timeout) const {
  pollfd waiting{fd_, POLLIN, 0};
  return ::poll(&waiting, 1, static_cast<int>(timeout.count())) > 0;
}

RawConnection::Received RawConnection::receive(Clock::time_point deadline) {
  pollfd waiting{fd_, POLLIN, 0};
  if (::poll(&waiting, 1, milliseconds_until(deadline)) <= 0) return Received::kNothing;
  char chunk[65536];
  const ssize_t read = ::recv(fd_, chunk, sizeof chunk, 0);
  if (read > 0) {
    received_.append(chunk, static_cast<std::size_t>(read));
    return Received::kData;
  }
  if (read < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
    return Received::kData;  // woken without data: look again
  }
  return Received::kClosed;  // end of stream, or reset
}

std::optional<HttpAnswer> RawConnection::read_answer(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    if (auto answer = take_answer(received_)) return answer;
    if (receive(deadline) != Received::kData) return std::nullopt;
  }
}

bool RawConnection::closed_by_peer(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    switch (receive(deadline)) {
      case Received::kData:
        received_.clear();
        continue;
      case Received::kClosed:
        return true;
      case Received::kNothing:
        return false;
    }
  }
}

void RawConnection::reset() {
  const linger abort_on_close{1, 0};
  ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
  ::close(fd_);
  fd_ = -1;
}

std::string get_request(const std::string& path) {
  return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

}  // namespace konform::test
