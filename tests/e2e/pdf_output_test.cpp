// `--format pdf` of validate and profile doc: the html page printed by headless Chromium. A
// reader's view is checked through poppler-utils: the PDF has pages (pdftoppm renders each to
// PNG under the build folder, to look at), the verdict (or the catalogue's title) is on page 1,
// and the page's footer names the chain and the date. Without Chromium on PATH the command fails
// with a message that names the package, and writes nothing.
#include <boost/test/unit_test.hpp>

#include "tests/support/files.h"
#include "tests/support/pdf_pages.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

const fs::path kExample = source_dir() / "profiles/de/sn/musterstadt/examples/servicedef";

/// Runs konform with `args`, which write `pdf`, and checks it is a PDF with at least one page;
/// returns page 1's text.
std::string printed_first_page(const std::vector<std::string>& args, const fs::path& pdf,
                               int expected_exit) {
  fs::remove(pdf);
  const ProcessResult r = run_konform(args);
  BOOST_TEST_REQUIRE(r.exit_code == expected_exit, r.out << r.err);
  BOOST_TEST_REQUIRE(fs::is_regular_file(pdf), pdf);
  BOOST_TEST(read_text(pdf).rfind("%PDF-", 0) == 0u);
  const auto pages = pdf_pages_as_png(pdf, pdf.parent_path() / (pdf.stem().string() + "-page"));
  BOOST_TEST_REQUIRE(!pages.empty(), "pdftoppm found no page in " << pdf);
  return pdf_page_text(pdf, 1);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pdf_output)

BOOST_AUTO_TEST_CASE(validate_prints_the_verdict_on_page_one_in_the_asked_language) {
  const fs::path dir = output_dir("e2e-pdf-validate");
  for (const auto& [lang, verdict, footer] :
       {std::tuple{"de", "konform", "Stichtag 2026-11-01"},
        std::tuple{"en", "conformant", "Validation date 2026-11-01"}}) {
    const fs::path pdf = dir / (std::string("report-") + lang + ".pdf");
    const std::string first = printed_first_page(
        {"validate", "--profile", "de.sn.musterstadt", "--as-of", "2026-11-01", "--lang", lang,
         "--format", "pdf", "--output", pdf.string(), kExample.string()},
        pdf, 0);
    BOOST_TEST(first.find(verdict) != std::string::npos, lang << ":\n" << first);
    // The footer: the chain, parents first, and the validation date.
    BOOST_TEST(first.find("de.bund 1.0.0") != std::string::npos, first);
    BOOST_TEST(first.find(footer) != std::string::npos, first);
  }
}

BOOST_AUTO_TEST_CASE(validate_writes_pdf_to_standard_output_too) {
  const ProcessResult r = run_konform({"validate", "--profile", "de.sn.musterstadt", "--as-of",
                                       "2026-11-01", "--format", "pdf", kExample.string()});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.rfind("%PDF-", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(profile_doc_prints_its_title_on_page_one) {
  const fs::path dir = output_dir("e2e-pdf-profile-doc");
  const fs::path pdf = dir / "katalog.pdf";
  const std::string first =
      printed_first_page({"profile", "doc", (source_dir() / "profiles/de/sn/musterstadt").string(),
                          "--as-of", "2026-11-02", "--format", "pdf", "--output", pdf.string()},
                         pdf, 0);
  BOOST_TEST(first.find("Profil de.sn.musterstadt 1.0.0") != std::string::npos, first);
  BOOST_TEST(first.find("Seite 1 von") != std::string::npos, first);
}

BOOST_AUTO_TEST_CASE(without_chromium_on_path_the_error_names_the_package) {
  const fs::path dir = output_dir("e2e-pdf-no-chromium");
  const fs::path pdf = dir / "report.pdf";
  fs::remove(pdf);
  // env(1) by path, with a PATH that holds no chromium.
  const ProcessResult r =
      run_process({"/usr/bin/env", "PATH=" + dir.string(), konform_binary().string(), "validate",
                   "--profile", "de.sn.musterstadt", "--as-of", "2026-11-01", "--format", "pdf",
                   "--output", pdf.string(), kExample.string()});
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  BOOST_TEST(r.err.find("no 'chromium' is on PATH") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("apt-get install chromium") != std::string::npos, r.err);
  BOOST_TEST(!fs::exists(pdf));
}

BOOST_AUTO_TEST_SUITE_END()
