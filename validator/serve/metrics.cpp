#include "validator/serve/metrics.h"

#include <sstream>

namespace konform::serve {
namespace {

void header(std::ostringstream& out, const char* name, const char* type, const char* help) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n';
}

}  // namespace

void Metrics::count_request(const std::string& route, int status,
                            std::chrono::duration<double> latency) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    if (latency.count() <= kLatencyBuckets[i]) ++latency_buckets_[i];
  }
  ++latency_count_;
  latency_sum_ += latency.count();
}

void Metrics::count_verdict(api::Verdict verdict) {
  std::lock_guard lock(mutex_);
  ++verdicts_[std::string(api::to_string(verdict))];
}

void Metrics::count_reload(bool succeeded) {
  std::lock_guard lock(mutex_);
  ++(succeeded ? reloads_succeeded_ : reloads_failed_);
}

void Metrics::set_compile_time(std::chrono::duration<double> seconds) {
  std::lock_guard lock(mutex_);
  compile_seconds_ = seconds.count();
}

std::string Metrics::render(const MetricsGauges& gauges) const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  header(out, "konform_http_requests_total", "counter", "HTTP requests by route and status.");
  for (const auto& [key, count] : requests_) {
    out << "konform_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second
        << "\"} " << count << '\n';
  }
  header(out, "konform_http_request_duration_seconds", "histogram",
         "Time from a request's last byte read to its response's last byte written.");
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    out << "konform_http_request_duration_seconds_bucket{le=\"" << kLatencyBuckets[i] << "\"} "
        << latency_buckets_[i] << '\n';
  }
  out << "konform_http_request_duration_seconds_bucket{le=\"+Inf\"} " << latency_count_ << '\n'
      << "konform_http_request_duration_seconds_sum " << latency_sum_ << '\n'
      << "konform_http_request_duration_seconds_count " << latency_count_ << '\n';
  header(out, "konform_inputs_total", "counter", "Validated inputs by verdict.");
  for (const auto& [verdict, count] : verdicts_) {
    out << "konform_inputs_total{verdict=\"" << verdict << "\"} " << count << '\n';
  }
  header(out, "konform_requests_in_flight", "gauge", "Validations running now.");
  out << "konform_requests_in_flight " << gauges.in_flight << '\n';
  header(out, "konform_queue_depth", "gauge", "Admitted validations waiting for a worker.");
  out << "konform_queue_depth " << gauges.queued << '\n';
  header(out, "konform_ready", "gauge", "1 when the chains are compiled and requests are taken.");
  out << "konform_ready " << (gauges.ready ? 1 : 0) << '\n';
  header(out, "konform_compile_seconds", "gauge", "Time the current chains took to compile.");
  out << "konform_compile_seconds " << compile_seconds_ << '\n';
  header(out, "konform_reloads_total", "counter", "Reloads by result.");
  out << "konform_reloads_total{result=\"success\"} " << reloads_succeeded_ << '\n'
      << "konform_reloads_total{result=\"failure\"} " << reloads_failed_ << '\n';
  return out.str();
}

}  // namespace konform::serve
