// One client connection: reads requests with Beast's parser (body and header limits, idle and
// read deadlines), authenticates, routes, runs validations on the worker pool under admission and a
// deadline, writes answers and the access log. Lives on the I/O thread; workers hand results back
// by posting to it, so the session's state needs no lock.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "validator/serve/http_types.h"
#include "validator/serve/request_target.h"
#include "validator/serve/router.h"
#include "validator/serve/service_state.h"
#include "validator/serve/validate_handler.h"
#include "validator/serve/worker_job.h"

namespace konform::serve {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(boost::asio::ip::tcp::socket socket, ServiceState& state);
  void start() { read_request(); }

 private:
  /// Waits for a request's first byte (--idle-timeout), then reads it with read_rest().
  void read_request();
  void read_rest();
  void on_read(boost::beast::error_code error);
  void handle(Request request);
  void dispatch(Request& request, const RequestTarget& target, Route route);
  void start_validation(ValidationJob job);
  void start_work(WorkerJob job);
  void finish_work(unsigned generation, std::optional<WorkerResult> result,
                   const std::string& failure);
  void start_reload(unsigned version);
  void send(Answer answer);
  /// Writes `response`, kept alive until the write has finished, then on_written().
  template <typename Message>
  void write(Message response);
  void on_written(boost::beast::error_code error, bool close);
  /// After refusing a request whose body was not read: half-close, read and drop what the client
  /// still sends (for a while), then close. Closing at once would reset the connection and could
  /// destroy the refusal in the client's receive buffer before it is read.
  void discard_then_close();
  void close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  ServiceState& state_;
  std::string remote_;

  // The request being answered.
  std::string method_;
  std::string path_;
  Route route_ = Route::kNotFound;
  std::size_t request_bytes_ = 0;
  bool keep_alive_ = false;
  bool answered_ = false;
  bool body_unread_ = false;  ///< the request was refused before its body was read
  unsigned generation_ = 0;   ///< tells a late worker result from the current request's
  std::chrono::steady_clock::time_point started_;
  int status_ = 0;                  ///< of the answer being written
  std::size_t response_bytes_ = 0;  ///< its body's
  boost::asio::steady_timer deadline_;
  std::array<char, 8192> discarded_{};
};

}  // namespace konform::serve
