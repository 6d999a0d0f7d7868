// `konform serve`'s KoSIT-daemon-compatible POST /: a client of `java -jar validator.jar -D`
// changes only the URL and reads the verdict from the status as before: 200 acceptable, 406 not
// acceptable; the body is konform's XML report.
#include <boost/test/unit_test.hpp>

#include <map>
#include <string>

#include "tests/e2e/serve_process.h"
#include "tests/support/files.h"
#include "tests/support/test_paths.h"

using konform::test::HttpAnswer;
using konform::test::ServeProcess;

namespace {

std::string sample(const std::string& name) {
  return konform::test::read_text(konform::test::source_dir() / "profiles/de/sn/musterstadt/tests" /
                                  name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_kosit)

BOOST_AUTO_TEST_CASE(the_status_says_acceptable_or_not_and_the_body_is_the_xml_report) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_kosit");
  const std::map<std::string, std::string> xml{{"Content-Type", "application/xml"}};

  const HttpAnswer good = serve.request("POST", "/", sample("gewerbe-anmeldung-konform.xml"), xml);
  BOOST_TEST(good.status == 200);
  BOOST_TEST(good.header("content-type") == "application/xml; charset=utf-8");
  BOOST_TEST(good.header("x-konform-verdict") == "conformant");
  BOOST_TEST(good.body.rfind("<?xml", 0) == 0u);

  const HttpAnswer bad = serve.request("POST", "/?name=rechnung-0815.xml",
                                       sample("gewerbe-anmeldung-fehlerhaft.xml"), xml);
  BOOST_TEST(bad.status == 406);
  BOOST_TEST(bad.header("x-konform-verdict") == "not-conformant");
  BOOST_TEST(bad.body.find("rechnung-0815.xml") != std::string::npos);

  const HttpAnswer empty = serve.request("POST", "/", "", xml);
  BOOST_TEST(empty.status == 400);
  BOOST_TEST(empty.header("content-type") == "application/problem+json");
  BOOST_TEST(serve.request("PUT", "/", "<a/>", xml).status == 405);
}

BOOST_AUTO_TEST_SUITE_END()
