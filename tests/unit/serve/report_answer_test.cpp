// A validation's answer carries its report in pieces (report_body.h): the chain's rule catalogue
// is the chain's own object, the same in every answer rather than copied into each, and
// Content-Length counts every piece.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <variant>

#include "tests/support/test_paths.h"
#include "tests/unit/api/musterstadt_spec.h"
#include "validator/serve/validate_handler.h"

namespace konform::serve {
namespace {

const LoadedChain& musterstadt() {
  static const LoadedChain chain{"de.sn.musterstadt",
                                 api::CompiledChain::build(test::musterstadt_spec()),
                                 "de.sn.musterstadt", "1.0.0"};
  return chain;
}

std::string valid_message() {
  std::ifstream in(
      test::source_dir() / "profiles/de/sn/musterstadt/tests/gewerbe-anmeldung-konform.xml",
      std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ReportResponse answer_in(const std::string& format) {
  ValidationJob job;
  job.chain = &musterstadt();
  job.inputs = {{"ok.xml", valid_message()}};
  job.format = {format, "text/plain"};
  WorkerResult result = run_validation(job);
  BOOST_REQUIRE(std::holds_alternative<ReportResponse>(result.response));
  return std::get<ReportResponse>(std::move(result.response));
}

BOOST_AUTO_TEST_SUITE(serve_report_answer)

BOOST_AUTO_TEST_CASE(answers_send_the_chains_catalogue_without_copying_it) {
  for (const std::string format : {"json", "xml", "sarif", "html"}) {
    const ReportResponse first = answer_in(format);
    const ReportResponse second = answer_in(format);
    BOOST_REQUIRE(first.body().catalogue);
    BOOST_TEST(first.body().catalogue.get() == second.body().catalogue.get(), format);
    const std::size_t bytes =
        first.body().head.size() + first.body().catalogue->size() + first.body().tail.size();
    BOOST_TEST(std_view(first[http::field::content_length]) == std::to_string(bytes), format);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::serve
