// Admission (in flight + queue, then 429) and the Prometheus text the service exposes.
#include <boost/test/unit_test.hpp>

#include "validator/serve/admission.h"
#include "validator/serve/metrics.h"

using namespace konform::serve;

BOOST_AUTO_TEST_SUITE(serve_limits_and_metrics)

BOOST_AUTO_TEST_CASE(admission_takes_running_plus_waiting_and_no_more) {
  Admission admission(1, 2);
  BOOST_TEST(admission.try_admit());
  BOOST_TEST(admission.try_admit());
  BOOST_TEST(admission.try_admit());
  BOOST_TEST(!admission.try_admit());
  BOOST_TEST(admission.queued() == 3u);
  admission.started();
  BOOST_TEST(admission.in_flight() == 1u);
  BOOST_TEST(admission.queued() == 2u);
  admission.finished(true);
  BOOST_TEST(admission.in_flight() == 0u);
  BOOST_TEST(admission.try_admit());
  admission.finished(false);  // dropped while queued (its deadline answered first)
  BOOST_TEST(admission.queued() == 2u);
}

BOOST_AUTO_TEST_CASE(metrics_render_counters_histogram_and_gauges) {
  Metrics metrics;
  metrics.count_request("/v1/validate", 200, std::chrono::milliseconds(30));
  metrics.count_request("/v1/validate", 200, std::chrono::milliseconds(3));
  metrics.count_request("/v1/validate", 413, std::chrono::seconds(100));
  metrics.count_verdict(konform::api::Verdict::kNotConformant);
  metrics.count_reload(false);
  metrics.set_compile_time(std::chrono::milliseconds(1500));
  const std::string text = metrics.render({2, 5, true});
  const auto has = [&](const std::string& line) {
    return text.find(line + "\n") != std::string::npos;
  };
  BOOST_TEST(has("konform_http_requests_total{route=\"/v1/validate\",status=\"200\"} 2"));
  BOOST_TEST(has("konform_http_requests_total{route=\"/v1/validate\",status=\"413\"} 1"));
  BOOST_TEST(has("konform_http_request_duration_seconds_bucket{le=\"0.005\"} 1"));
  BOOST_TEST(has("konform_http_request_duration_seconds_bucket{le=\"0.05\"} 2"));
  BOOST_TEST(has("konform_http_request_duration_seconds_bucket{le=\"30\"} 2"));
  BOOST_TEST(has("konform_http_request_duration_seconds_bucket{le=\"+Inf\"} 3"));
  BOOST_TEST(has("konform_http_request_duration_seconds_count 3"));
  BOOST_TEST(has("konform_inputs_total{verdict=\"not-conformant\"} 1"));
  BOOST_TEST(has("konform_requests_in_flight 2"));
  BOOST_TEST(has("konform_queue_depth 5"));
  BOOST_TEST(has("konform_ready 1"));
  BOOST_TEST(has("konform_compile_seconds 1.5"));
  BOOST_TEST(has("konform_reloads_total{result=\"failure\"} 1"));
  BOOST_TEST(has("konform_reloads_total{result=\"success\"} 0"));
}

BOOST_AUTO_TEST_SUITE_END()
