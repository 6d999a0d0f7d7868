#include "validator/serve/server.h"

#include <boost/asio/post.hpp>

#include <algorithm>
#include <csignal>
#include <thread>

#include "konform/error.h"
#include "validator/serve/access_log.h"
#include "validator/serve/chain_set.h"
#include "validator/serve/listen_address.h"
#include "validator/serve/open_files_limit.h"
#include "validator/serve/session.h"
#include "validator/serve/token.h"

namespace konform::serve {
namespace {

namespace net = boost::asio;
using net::ip::tcp;

constexpr std::chrono::milliseconds kAcceptRetry{50};

unsigned worker_threads(const ServeOptions& options) {
  const unsigned workers =
      options.workers > 0 ? options.workers : std::max(1u, std::thread::hardware_concurrency());
  return options.max_inflight > 0 ? std::min(workers, options.max_inflight) : workers;
}

/// "file:line:col: message", as the command line prints configuration errors.
std::string located(const api::Error& error) {
  const auto* config = dynamic_cast<const api::ConfigurationError*>(&error);
  if (config == nullptr || config->file().empty()) return error.what();
  std::string where = config->file();
  if (config->line() > 0) where += ":" + std::to_string(config->line());
  if (config->column() > 0) where += ":" + std::to_string(config->column());
  return where + ": " + error.what();
}

std::string url_of(const tcp::endpoint& endpoint) {
  const auto address = endpoint.address();
  const std::string host = address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
  return "http://" + host + ":" + std::to_string(endpoint.port());
}

}  // namespace

Server::Server(ServeOptions options) : signals_(io_, SIGTERM, SIGINT, SIGHUP), drain_timer_(io_) {
  if (options.profiles.empty()) {
    throw api::ConfigurationError(
        "konform serve needs at least one --profile ID (one chain per --profile)",
        "konform serve braucht mindestens ein --profile ID (eine Kette je --profile)", {}, 0, 0);
  }
  for (const auto& listen : options.listen) endpoints_.push_back(parse_listen_address(listen));
  std::string token = options.token_file ? read_token_file(*options.token_file) : std::string();
  const unsigned threads = worker_threads(options);
  state_ = std::make_unique<ServiceState>(std::move(options), std::move(token), threads);
  state_->reload = [this](ReloadDone done) { reload(std::move(done)); };
}

Server::~Server() {
  state_->workers.join();
  reload_thread_.join();
}

int Server::run(std::ostream& announce) {
  const std::uint64_t open_files = raise_open_files_limit();
  for (const auto& endpoint : endpoints_) {
    auto acceptor = std::make_unique<tcp::acceptor>(io_);
    boost::system::error_code error;
    acceptor->open(endpoint.protocol(), error);
    if (!error) acceptor->set_option(net::socket_base::reuse_address(true), error);
    if (!error) acceptor->bind(endpoint, error);
    if (!error) acceptor->listen(net::socket_base::max_listen_connections, error);
    if (error) {
      throw api::ConfigurationError(
          "--listen " + url_of(endpoint) + ": cannot listen: " + error.message(),
          "--listen " + url_of(endpoint) + ": Lauschen nicht m\u00f6glich: " + error.message(), {},
          0, 0);
    }
    announce << "listening on " << url_of(acceptor->local_endpoint()) << std::endl;
    acceptors_.push_back(std::move(acceptor));
  }
  for (auto& acceptor : acceptors_) accept(*acceptor);
  watch_signals();
  std::thread io_thread([this] { io_.run(); });

  // Compiled here, while the probes already answer (/healthz alive, /readyz not yet ready).
  try {
    auto chains = compile_chains(state_->options);
    state_->metrics.set_compile_time(chains->compile_time);
    log_event("ready", {{"chains", chains->chains.size()},
                        {"compileSeconds", chains->compile_time.count()},
                        {"openFilesLimit", open_files}});
    state_->chains.replace(std::move(chains));
    state_->ready = true;
  } catch (...) {
    io_.stop();
    io_thread.join();
    throw;
  }
  io_thread.join();
  state_->workers.join();
  log_event("stopped");
  return 0;
}

void Server::accept(tcp::acceptor& acceptor) {
  acceptor.async_accept([this, &acceptor](boost::system::error_code error, tcp::socket socket) {
    if (error == net::error::operation_aborted || state_->draining) return;
    if (error) return accept_later(acceptor, error);
    accept_failing_ = false;
    std::make_shared<Session>(std::move(socket), *state_)->start();
    accept(acceptor);
  });
}

// Accepting fails while the process is out of file descriptors (EMFILE) or the kernel out of
// buffers, and the waiting connection stays in the backlog: trying again at once would spin the
// I/O thread and starve the connections it serves. Try again a little later, logging the first
// failure of a series.
void Server::accept_later(tcp::acceptor& acceptor, const boost::system::error_code& error) {
  if (!accept_failing_) log_event("accept-failed", {{"reason", error.message()}});
  accept_failing_ = true;
  auto& pause = accept_retry_timers_[&acceptor];
  if (!pause) pause = std::make_unique<net::steady_timer>(io_);
  pause->expires_after(kAcceptRetry);
  pause->async_wait([this, &acceptor](boost::system::error_code waited) {
    if (waited == net::error::operation_aborted || state_->draining) return;
    accept(acceptor);
  });
}

void Server::watch_signals() {
  signals_.async_wait([this](boost::system::error_code error, int signal) {
    if (error) return;
    if (signal == SIGHUP) {
      reload([](const std::string&) {});
      return watch_signals();
    }
    begin_drain();
  });
}

void Server::reload(ReloadDone done) {
  net::post(reload_thread_, [this, done = std::move(done)] {
    std::string failure;
    try {
      auto chains = compile_chains(state_->options);
      state_->metrics.set_compile_time(chains->compile_time);
      log_event("reload",
                {{"result", "success"}, {"compileSeconds", chains->compile_time.count()}});
      // Counted before the swap: whoever sees the new chain also sees the reload counted.
      state_->metrics.count_reload(true);
      state_->chains.replace(std::move(chains));
    } catch (const api::Error& error) {
      failure = located(error);
      log_event("reload", {{"result", "failure"}, {"reason", failure}});
      state_->metrics.count_reload(false);
    }
    done(failure);
  });
}

void Server::begin_drain() {
  state_->draining = true;
  log_event("draining", {{"busy", state_->busy.load()}});
  for (auto& acceptor : acceptors_) {
    boost::system::error_code ignored;
    acceptor->close(ignored);
  }
  wait_for_drain();
}

// Requests already read finish (each within --timeout); idle keep-alive connections are closed
// when the I/O loop stops.
void Server::wait_for_drain() {
  if (state_->busy == 0) return io_.stop();
  drain_timer_.expires_after(std::chrono::milliseconds(20));
  drain_timer_.async_wait([this](boost::system::error_code error) {
    if (!error) wait_for_drain();
  });
}

}  // namespace konform::serve
