#include "validator/serve/session.h"

#include <boost/asio/post.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include "validator/serve/access_log.h"
#include "validator/serve/compare_handler.h"
#include "validator/serve/form_handler.h"
#include "validator/serve/info_handlers.h"
#include "validator/serve/kosit_handler.h"
#include "validator/serve/page_language.h"
#include "validator/serve/problem.h"
#include "validator/serve/token.h"
#include "validator/serve/web_page.h"

namespace konform::serve {
namespace {

namespace beast = boost::beast;
namespace net = boost::asio;

// A client gets this long to take an answer: enough for a large report over a slow line, short
// enough that a client that stops reading cannot pin the connection. (Sending a request is
// bounded by --idle-timeout and --read-timeout.)
constexpr std::chrono::seconds kWriteTimeout{30};
constexpr std::uint32_t kHeaderLimit = 16 * 1024;

std::string remote_of(const net::ip::tcp::socket& socket) {
  boost::system::error_code error;
  const auto endpoint = socket.remote_endpoint(error);
  return error ? std::string("?") : endpoint.address().to_string();
}

Response body_too_large(std::size_t limit) {
  return problem_response(
      11,
      {http::status::payload_too_large, "body-too-large", "Request body too large",
       "the body exceeds the service's limit of " + std::to_string(limit) + " bytes (--max-body)",
       "der Rumpf \u00fcberschreitet die Grenze des Dienstes von " + std::to_string(limit) +
           " Bytes (--max-body)"});
}

Response bad_request(const std::string& why) {
  return problem_response(11, {http::status::bad_request, "bad-request", "Malformed request",
                               "the request is not valid HTTP/1.1: " + why,
                               "die Anfrage ist kein g\u00fcltiges HTTP/1.1: " + why});
}

Response headers_too_large() {
  const std::string limit = std::to_string(kHeaderLimit);
  return problem_response(
      11, {http::status::request_header_fields_too_large, "headers-too-large",
           "Request headers too large",
           "the request line and headers exceed the service's limit of " + limit + " bytes",
           "Anfragezeile und Kopfzeilen \u00fcberschreiten die Grenze des Dienstes von " + limit +
               " Bytes"});
}

/// The answer to a request that could not be read to its end.
Response unreadable(const boost::beast::error_code& error, std::size_t max_body) {
  if (error == http::error::body_limit) return body_too_large(max_body);
  if (error == http::error::header_limit) return headers_too_large();
  return bad_request(error.message());
}

}  // namespace

Session::Session(net::ip::tcp::socket socket, ServiceState& state)
    : stream_(std::move(socket)),
      state_(state),
      remote_(remote_of(stream_.socket())),
      deadline_(stream_.get_executor()) {}

void Session::read_request() {
  parser_.emplace();
  parser_->body_limit(state_.options.max_body);
  parser_->header_limit(kHeaderLimit);
  if (buffer_.size() > 0) return read_rest();  // a pipelined request has begun already
  // Between requests the connection is idle: its first byte must come within --idle-timeout.
  stream_.expires_after(state_.options.idle_timeout);
  stream_.async_read_some(buffer_.prepare(kHeaderLimit),
                          [self = shared_from_this()](beast::error_code error, std::size_t bytes) {
                            self->buffer_.commit(bytes);
                            if (error) return self->close();
                            self->read_rest();
                          });
}

void Session::read_rest() {
  // From its first byte a request must be read whole within --read-timeout, however slowly it
  // trickles in (slowloris); the timeout closes the connection.
  stream_.expires_after(state_.options.read_timeout);
  http::async_read(
      stream_, buffer_, *parser_,
      [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_read(error); });
}

void Session::on_read(beast::error_code error) {
  if (error == http::error::end_of_stream || error == beast::error::timeout ||
      error == net::error::operation_aborted || error == net::error::connection_reset ||
      error == net::error::eof) {
    return close();
  }
  started_ = std::chrono::steady_clock::now();
  ++state_.busy;
  if (error) {
    // The request cannot be read to its end: answer once and close the connection.
    method_ = "?";
    path_ = "?";
    route_ = Route::kNotFound;
    keep_alive_ = false;
    answered_ = true;
    body_unread_ = true;
    send(unreadable(error, state_.options.max_body));
    return;
  }
  handle(parser_->release());
}

void Session::handle(Request request) {
  method_ = std::string(request.method_string());
  request_bytes_ = request.body().size();
  keep_alive_ = request.keep_alive() && !state_.draining;
  answered_ = false;
  ++generation_;
  const auto target = parse_request_target(std_view(request.target()));
  if (!target) {
    path_ = "?";
    route_ = Route::kNotFound;
    answered_ = true;
    return send(bad_request("the request target is no absolute path with a valid query"));
  }
  path_ = target->path;
  route_ = route_of(request.method(), target->path);
  dispatch(request, *target, route_);
}

void Session::dispatch(Request& request, const RequestTarget& target, Route route) {
  const unsigned version = request.version();
  const bool authorized =
      state_.token.empty() ||
      bearer_token_matches(std_view(request[http::field::authorization]), state_.token);
  // A form route checks the token itself, as it may come as a form field.
  if (!authorized && needs_token(route) && !is_form_route(route)) {
    Response refused = problem_response(
        version, {http::status::unauthorized, "unauthorized", "Authentication required",
                  "send the service's token as Authorization: Bearer <token>",
                  "das Token des Dienstes als Authorization: Bearer <Token> senden"});
    refused.set(http::field::www_authenticate, "Bearer");
    answered_ = true;
    return send(std::move(refused));
  }
  const bool ready = state_.ready;
  const auto chains = state_.chains.current();
  const bool needs_chains = route == Route::kValidate || route == Route::kKosit ||
                            route == Route::kCompare || route == Route::kProfiles ||
                            route == Route::kRules || route == Route::kReload ||
                            is_form_route(route);
  if (needs_chains && (!ready || !chains)) {
    answered_ = true;
    return send(problem_response(
        version, {http::status::service_unavailable, "not-ready", "Not ready",
                  "the profiles are still being compiled; retry when /readyz answers 200",
                  "die Profile werden noch kompiliert; erneut versuchen, wenn /readyz 200 "
                  "antwortet"}));
  }
  answered_ = true;
  switch (route) {
    case Route::kValidate:
    case Route::kKosit: {
      answered_ = false;
      auto prepared = route == Route::kKosit ? prepare_kosit_validation(request, target, chains)
                                             : prepare_validation(request, target, chains);
      if (auto* refused = std::get_if<Response>(&prepared)) {
        answered_ = true;
        return send(std::move(*refused));
      }
      return start_validation(std::move(std::get<ValidationJob>(prepared)));
    }
    case Route::kCompare: {
      answered_ = false;
      auto prepared = prepare_compare(request, target, chains, state_.options.max_body);
      if (auto* refused = std::get_if<Response>(&prepared)) {
        answered_ = true;
        return send(std::move(*refused));
      }
      auto job = std::move(std::get<CompareJob>(prepared));
      const unsigned job_version = job.http_version;
      return start_work({job_version, [job = std::move(job)] { return run_compare(job); }});
    }
    case Route::kFormValidate:
    case Route::kFormCompare: {
      answered_ = false;
      auto prepared =
          route == Route::kFormValidate
              ? prepare_form_validation(request, chains, state_.token)
              : prepare_form_compare(request, chains, state_.token, state_.options.max_body);
      if (auto* refused = std::get_if<Response>(&prepared)) {
        answered_ = true;
        return send(std::move(*refused));
      }
      return start_work(std::move(std::get<WorkerJob>(prepared)));
    }
    case Route::kPage:
    case Route::kComparePage: {
      // The chains are listed to those who may use them; others type the profile's id.
      const PageChoices choices{authorized && ready ? chains.get() : nullptr, !authorized};
      return send(page_response(
          version, route == Route::kPage ? Page::kValidate : Page::kCompare,
          page_language(target.parameter("lang"), std_view(request[http::field::accept_language])),
          choices));
    }
    case Route::kStylesheet:
      return send(stylesheet_response(version));
    case Route::kProfiles:
      return send(profiles_response(version, *chains));
    case Route::kRules:
      return send(rules_response(version, *chains));
    case Route::kHealth:
      return send(health_response(version));
    case Route::kReady:
      return send(ready_response(version, ready, state_.draining));
    case Route::kMetrics:
      return send(make_response(version, http::status::ok, "text/plain; version=0.0.4",
                                state_.metrics.render(state_.gauges())));
    case Route::kOpenApi:
      return send(openapi_response(version));
    case Route::kReload:
      answered_ = false;
      return start_reload(version);
    case Route::kMethodNotAllowed: {
      Response refused = problem_response(
          version, {http::status::method_not_allowed, "method-not-allowed", "Method not allowed",
                    path_ + " does not take " + method_, path_ + " nimmt kein " + method_});
      refused.set(http::field::allow, allowed_methods(path_));
      return send(std::move(refused));
    }
    case Route::kNotFound:
      break;
  }
  send(problem_response(version,
                        {http::status::not_found, "not-found", "Not found",
                         "no such resource: " + path_ + " (see /v1/openapi.json)",
                         "keine solche Ressource: " + path_ + " (siehe /v1/openapi.json)"}));
}

void Session::start_validation(ValidationJob job) {
  const unsigned version = job.http_version;
  // Run once: the job's inputs move into the validation instead of being copied.
  start_work(
      {version, [job = std::move(job)]() mutable { return run_validation(std::move(job)); }});
}

void Session::start_work(WorkerJob job) {
  const unsigned version = job.http_version;
  if (!state_.admission.try_admit()) {
    answered_ = true;
    Response refused = problem_response(
        version, {http::status::too_many_requests, "too-many-requests", "Too many requests",
                  "every worker is busy and the queue is full (--max-inflight, --queue); retry "
                  "later",
                  "alle Worker sind belegt und die Warteschlange ist voll (--max-inflight, "
                  "--queue); sp\u00e4ter erneut versuchen"});
    refused.set(http::field::retry_after, "1");
    return send(std::move(refused));
  }
  const unsigned generation = generation_;
  // Set when the deadline answered first: a job still queued then never starts.
  auto abandoned = std::make_shared<std::atomic<bool>>(false);
  deadline_.expires_after(state_.options.timeout);
  deadline_.async_wait(
      [self = shared_from_this(), generation, abandoned, version](beast::error_code error) {
        if (error || self->answered_ || self->generation_ != generation) return;
        *abandoned = true;
        self->answered_ = true;
        self->keep_alive_ = false;
        self->send(problem_response(
            version, {http::status::gateway_timeout, "timeout", "Validation timed out",
                      "the validation took longer than the service allows (--timeout " +
                          std::to_string(self->state_.options.timeout.count()) + " ms)",
                      "die Pr\u00fcfung dauerte l\u00e4nger, als der Dienst erlaubt (--timeout " +
                          std::to_string(self->state_.options.timeout.count()) + " ms)"}));
      });
  net::post(state_.workers,
            [self = shared_from_this(), job = std::move(job), generation, abandoned]() {
              ServiceState& state = self->state_;
              if (*abandoned) {
                state.admission.finished(false);
                return;
              }
              state.admission.started();
              std::optional<WorkerResult> result;
              std::string failure;
              try {
                result = job.run();
                if (result->verdict) state.metrics.count_verdict(*result->verdict);
              } catch (const std::exception& error) {
                failure = error.what();
              }
              state.admission.finished(true);
              net::post(self->stream_.get_executor(),
                        [self, generation, result = std::move(result), failure]() mutable {
                          self->finish_work(generation, std::move(result), failure);
                        });
            });
}

void Session::finish_work(unsigned generation, std::optional<WorkerResult> result,
                          const std::string& failure) {
  if (answered_ || generation != generation_) return;  // the deadline answered 504 already
  answered_ = true;
  deadline_.cancel();
  if (result) return send(std::move(result->response));
  send(problem_response(
      11, {http::status::internal_server_error, "validation-failed", "Validation failed",
           "the validation failed: " + failure, "die Pr\u00fcfung schlug fehl: " + failure}));
}

void Session::start_reload(unsigned version) {
  const unsigned generation = generation_;
  state_.reload([self = shared_from_this(), generation, version](const std::string& failure) {
    net::post(self->stream_.get_executor(), [self, generation, version, failure] {
      if (self->answered_ || generation != self->generation_) return;
      self->answered_ = true;
      if (failure.empty()) {
        return self->send(profiles_response(version, *self->state_.chains.current()));
      }
      self->send(problem_response(
          version, {http::status::internal_server_error, "reload-failed", "Reload failed",
                    "the chains did not compile; the service keeps validating with the "
                    "previous ones: " +
                        failure,
                    "die Ketten lie\u00dfen sich nicht kompilieren; der Dienst pr\u00fcft "
                    "weiter mit den bisherigen: " +
                        failure}));
    });
  });
}

template <typename Message>
void Session::write(Message response) {
  response.keep_alive(keep_alive_);
  auto written = std::make_shared<Message>(std::move(response));
  status_ = static_cast<int>(written->result_int());
  response_bytes_ = written->payload_size().value_or(0);
  stream_.expires_after(kWriteTimeout);
  http::async_write(stream_, *written,
                    [self = shared_from_this(), written](beast::error_code error, std::size_t) {
                      self->on_written(error, !self->keep_alive_);
                    });
}

void Session::send(Answer answer) {
  std::visit([this](auto& response) { write(std::move(response)); }, answer);
}

void Session::on_written(beast::error_code error, bool close_after) {
  const auto latency = std::chrono::steady_clock::now() - started_;
  state_.metrics.count_request(route_label(route_), status_, latency);
  log_access({remote_, method_, path_, status_, request_bytes_, response_bytes_, latency});
  --state_.busy;
  if (!error && body_unread_) return discard_then_close();
  if (error || close_after) return close();
  read_request();
}

void Session::discard_then_close() {
  if (body_unread_) {  // the first call: one deadline for all the discarding
    body_unread_ = false;
    beast::error_code ignored;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(5));
  }
  stream_.async_read_some(net::buffer(discarded_),
                          [self = shared_from_this()](beast::error_code error, std::size_t) {
                            if (error) return self->close();
                            self->discard_then_close();
                          });
}

void Session::close() {
  beast::error_code ignored;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
  stream_.socket().close(ignored);
}

}  // namespace konform::serve
