// The html report in a real browser: headless Chromium (/usr/bin/chromium, Debian package
// `chromium`) loads the awkward fixture's German page from a file, dumps the DOM it parsed, takes
// a screenshot and prints it to PDF. The test fails (never skips) when Chromium is missing, when
// the page logs anything to the JavaScript console, when the verdict element is not in the parsed
// DOM, or when the screenshot or PDF is missing or trivial. A control page proves the console
// check works. Every Chromium run is bounded to 60 s.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "reports/formats.h"
#include "tests/support/chromium.h"
#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/awkward_report.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

// Lines Chromium logs for the page's JavaScript console (console.* calls, uncaught exceptions).
// Chromium's own complaints in containers (dbus, GPU, vaapi) are not about the page and ignored.
std::vector<std::string> console_lines(const std::string& log) {
  std::vector<std::string> lines;
  std::istringstream in(log);
  for (std::string line; std::getline(in, line);) {
    if (line.find(":CONSOLE") != std::string::npos || line.find("Uncaught") != std::string::npos) {
      lines.push_back(line);
    }
  }
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + '\n';
  return text;
}

// Width and height from a PNG's IHDR chunk; {0, 0} when the file is not a PNG.
std::pair<unsigned, unsigned> png_size(const std::string& png) {
  static const std::string kSignature = "\x89PNG\r\n\x1a\n";
  if (png.size() < 24 || png.compare(0, 8, kSignature) != 0 || png.compare(12, 4, "IHDR") != 0) {
    return {0, 0};
  }
  const auto be32 = [&](std::size_t at) {
    unsigned value = 0;
    for (std::size_t i = 0; i < 4; ++i)
      value = value << 8 | static_cast<unsigned char>(png[at + i]);
    return value;
  };
  return {be32(16), be32(20)};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(html_browser)

BOOST_AUTO_TEST_CASE(chromium_renders_the_report_without_console_errors) {
  const fs::path dir = output_dir("e2e-html-browser");
  const fs::path page = dir / "report.html";
  {
    konform::reports::RenderOptions options;
    options.lang = "de";
    std::ofstream out(page, std::ios::binary);
    konform::reports::render_html(konform::test::awkward_report(), options, out);
    BOOST_REQUIRE(out.good());
  }

  const ProcessResult dom = run_chromium(dir, "dump-dom", {"--dump-dom"}, page);
  std::ofstream(dir / "dom.html", std::ios::binary) << dom.out;
  BOOST_TEST(console_lines(dom.err).empty(), "console output:\n" << joined(console_lines(dom.err)));
  BOOST_TEST(dom.out.find("<html lang=\"de\">") != std::string::npos, dom.out.substr(0, 200));
  BOOST_TEST(dom.out.find("id=\"verdict\"") != std::string::npos);
  BOOST_TEST(dom.out.find("data-verdict=\"incomplete\"") != std::string::npos);
  BOOST_TEST(dom.out.find("<strong>unvollst\u00e4ndig</strong>") != std::string::npos);
  // The report text stayed text: `&` and `<` in paths and messages did not become markup.
  BOOST_TEST(dom.out.find("<code>in/Rechnung M\u00fcller &amp; S\u00f6hne.xml</code>") !=
             std::string::npos);
  BOOST_TEST(dom.out.find("Verk\u00e4ufername \u201eM\u00fcller &amp; S\u00f6hne\u201c") !=
             std::string::npos);
  BOOST_TEST(dom.out.find("<valid>") == std::string::npos);
  BOOST_TEST(dom.out.find("<script") == std::string::npos);
  BOOST_TEST(dom.out.find("<svg class=\"chart\" role=\"img\"") != std::string::npos);

  const fs::path png = dir / "report.png";
  const ProcessResult shot = run_chromium(
      dir, "screenshot", {"--screenshot=" + png.string(), "--window-size=1280,2000"}, page);
  BOOST_TEST(console_lines(shot.err).empty(), "console output:\n"
                                                  << joined(console_lines(shot.err)));
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(png), "no screenshot at " << png << ": " << shot.err);
  const std::string bytes = read_text(png);
  // A blank 1280x2000 page compresses to a few kilobytes; a rendered report is far bigger.
  BOOST_TEST(bytes.size() > 20000u, "screenshot is only " << bytes.size() << " bytes");
  const auto [width, height] = png_size(bytes);
  BOOST_TEST(width == 1280u);
  BOOST_TEST(height == 2000u);
}

BOOST_AUTO_TEST_CASE(chromium_prints_the_report_to_pdf) {
  // The print style sheet (A4, no colour-only meaning) is what an office files; printing must
  // work and span pages rather than cut the report off.
  const fs::path dir = output_dir("e2e-html-print");
  const fs::path page = dir / "report.html";
  {
    konform::reports::RenderOptions options;
    options.lang = "de";
    std::ofstream out(page, std::ios::binary);
    konform::reports::render_html(konform::test::awkward_report(), options, out);
  }
  const fs::path pdf = dir / "report.pdf";
  const ProcessResult print = run_chromium(
      dir, "print", {"--no-pdf-header-footer", "--print-to-pdf=" + pdf.string()}, page);
  BOOST_TEST(console_lines(print.err).empty(), "console output:\n"
                                                   << joined(console_lines(print.err)));
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(pdf), "no PDF at " << pdf << ": " << print.err);
  const std::string bytes = read_text(pdf);
  BOOST_TEST(bytes.rfind("%PDF-", 0) == 0u);
  const std::regex page_object("/Type\\s*/Page[^s]");
  const auto pages = std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), page_object),
                                   std::sregex_iterator());
  BOOST_TEST(pages >= 2, "the awkward report printed on " << pages << " page(s)");
}

BOOST_AUTO_TEST_CASE(chromium_renders_the_compare_page_without_console_errors) {
  // `konform compare` on the fixture candidates (tests/e2e/compare_test.cpp), German page.
  const fs::path dir = output_dir("e2e-compare-browser");
  const fs::path page = dir / "compare.html";
  const fs::path fixtures = source_dir() / "tests/e2e/fixtures/compare";
  const ProcessResult run = run_konform(
      {"compare", "--profile", "de.sn.musterstadt", "--as-of", "2026-11-01", "--format", "html",
       "--output", page.string(), (fixtures / "good").string(),
       (fixtures / "org-rules-failing").string(), (fixtures / "sample-missing").string()});
  BOOST_REQUIRE_MESSAGE(run.exit_code == 1, run.out << run.err);

  const ProcessResult dom = run_chromium(dir, "dump-dom", {"--dump-dom"}, page);
  std::ofstream(dir / "dom.html", std::ios::binary) << dom.out;
  BOOST_TEST(console_lines(dom.err).empty(), "console output:\n" << joined(console_lines(dom.err)));
  BOOST_TEST(dom.out.find("<html lang=\"de\">") != std::string::npos, dom.out.substr(0, 200));
  BOOST_TEST(dom.out.find("data-verdict=\"not-conformant\"") != std::string::npos);
  BOOST_TEST(dom.out.find(
                 "<caption id=\"matrix-caption\">Ergebnis jeder Regel f\u00fcr jeden Kandidaten") !=
             std::string::npos);
  BOOST_TEST(dom.out.find("<th scope=\"col\"><code>org-rules-failing</code></th>") !=
             std::string::npos);
  BOOST_TEST(dom.out.find("data-state=\"not-applicable\"") != std::string::npos);
  BOOST_TEST(dom.out.find("Gewerbe-Online \"M\u00fcller &amp; S\u00f6hne\" &lt;Beta&gt;") !=
             std::string::npos);
  BOOST_TEST(dom.out.find("<script") == std::string::npos);

  const fs::path png = dir / "compare.png";
  const ProcessResult shot = run_chromium(
      dir, "screenshot", {"--screenshot=" + png.string(), "--window-size=1400,2400"}, page);
  BOOST_TEST(console_lines(shot.err).empty(), "console output:\n"
                                                  << joined(console_lines(shot.err)));
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(png), "no screenshot at " << png << ": " << shot.err);
  const std::string bytes = read_text(png);
  BOOST_TEST(bytes.size() > 20000u, "screenshot is only " << bytes.size() << " bytes");
  const auto [width, height] = png_size(bytes);
  BOOST_TEST(width == 1400u);
  BOOST_TEST(height == 2400u);
}

BOOST_AUTO_TEST_CASE(console_check_catches_a_failing_script) {
  // Control: if Chromium stopped logging the console to stderr, the test above would pass
  // without checking anything. A page whose script throws must be caught.
  const fs::path dir = output_dir("e2e-html-browser-control");
  const fs::path page = dir / "throws.html";
  std::ofstream(page, std::ios::binary)
      << "<!DOCTYPE html><html lang=\"en\"><title>t</title><p id=\"verdict\">x</p>"
         "<script>throw new Error('konform-control');</script></html>\n";
  const ProcessResult dom = run_chromium(dir, "dump-dom", {"--dump-dom"}, page);
  const auto lines = console_lines(dom.err);
  BOOST_TEST(lines.size() == 1u, joined(lines));
  BOOST_TEST(joined(lines).find("Uncaught Error: konform-control") != std::string::npos, dom.err);
}

BOOST_AUTO_TEST_SUITE_END()
