// `konform serve`'s process: listens, compiles the chains, serves until SIGTERM or SIGINT, then
// stops accepting, lets the requests already read finish and returns. SIGHUP reloads.
//
// Threads: one I/O thread runs every connection (Asio's io_context: sessions, timers, signals,
// so nothing there needs a lock); the worker pool validates; one reload thread compiles new
// chains beside the current ones.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <map>
#include <memory>
#include <ostream>
#include <vector>

#include "validator/serve/serve_options.h"
#include "validator/serve/service_state.h"

namespace konform::serve {

class Server {
 public:
  /// Checks the options (addresses, token file). Throws api::ConfigurationError.
  explicit Server(ServeOptions options);
  ~Server();

  /// Binds every address and writes "listening on http://ADDR:PORT" lines to `announce`, compiles
  /// the chains, serves, and returns 0 after a drain. Throws api::ConfigurationError when an
  /// address cannot be bound or the chains do not compile at start.
  int run(std::ostream& announce);

 private:
  void accept(boost::asio::ip::tcp::acceptor& acceptor);
  void accept_later(boost::asio::ip::tcp::acceptor& acceptor,
                    const boost::system::error_code& error);
  void watch_signals();
  void reload(ReloadDone done);
  void begin_drain();
  void wait_for_drain();

  std::vector<boost::asio::ip::tcp::endpoint> endpoints_;
  boost::asio::io_context io_;
  std::vector<std::unique_ptr<boost::asio::ip::tcp::acceptor>> acceptors_;
  boost::asio::signal_set signals_;
  boost::asio::steady_timer drain_timer_;
  /// One retry timer per acceptor, owned here: a timer kept alive only by its own pending handler
  /// was released inside that handler's completion (UBSan: a freed control block).
  std::map<const boost::asio::ip::tcp::acceptor*, std::unique_ptr<boost::asio::steady_timer>>
      accept_retry_timers_;
  std::unique_ptr<ServiceState> state_;
  boost::asio::thread_pool reload_thread_{1};
  bool accept_failing_ = false;  ///< the last accept failed (I/O thread only)
};

}  // namespace konform::serve
