// The public API as an embedding program sees it: only <konform/konform.h>, linked against
// libkonform.so. The bundled profile de.sn.musterstadt and its two samples are the data.
#include <konform/konform.h>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "tests/support/pdf_pages.h"
#include "tests/support/test_archives.h"
#include "tests/support/test_paths.h"
#include "tests/unit/api/musterstadt_spec.h"

namespace api = konform::api;
namespace fs = std::filesystem;
using konform::test::musterstadt_spec;

namespace {

std::string sample_bytes(const std::string& name) {
  std::ifstream in(konform::test::source_dir() / "profiles/de/sn/musterstadt/tests" / name,
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::shared_ptr<const api::CompiledChain>& shared_chain() {
  static const auto chain = api::CompiledChain::build(musterstadt_spec());
  return chain;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(public_api)

BOOST_AUTO_TEST_CASE(conformant_bytes_make_a_conformant_report) {
  const api::Report report =
      shared_chain()->validate_bytes(sample_bytes("gewerbe-anmeldung-konform.xml"), "ok.xml");
  BOOST_TEST((report.verdict() == api::Verdict::kConformant));
  BOOST_TEST(report.errors() == 0);
  BOOST_TEST(shared_chain()->as_of() == "2026-01-15");
}

BOOST_AUTO_TEST_CASE(verdicts_and_severities_are_spelt_as_the_reports_spell_them) {
  BOOST_TEST(api::to_string(api::Verdict::kConformant) == "conformant");
  BOOST_TEST(api::to_string(api::Verdict::kNotConformant) == "not-conformant");
  BOOST_TEST(api::to_string(api::Verdict::kIncomplete) == "incomplete");
  BOOST_TEST(api::to_string(api::Severity::kError) == "error");
  BOOST_TEST(api::to_string(api::Severity::kWarning) == "warning");
  BOOST_TEST(api::to_string(api::Severity::kInfo) == "info");
}

BOOST_AUTO_TEST_CASE(version_ranges_are_those_profile_selection_takes) {
  BOOST_TEST(api::is_version_range("^2.1"));
  BOOST_TEST(api::is_version_range(">=2.0.0 <3.0.0"));
  BOOST_TEST(!api::is_version_range("two"));
  BOOST_TEST(api::version_in_range("2.3.1", "^2"));
  BOOST_TEST(api::version_in_range("2.1.5", "~2.1"));
  BOOST_TEST(!api::version_in_range("3.0.0", "^2"));
  BOOST_TEST(!api::version_in_range("2.3.1", "two"));
  BOOST_TEST(!api::version_in_range("two", "*"));
}

BOOST_AUTO_TEST_CASE(the_chain_names_its_profiles_and_rules) {
  const auto profiles = shared_chain()->profiles();
  BOOST_REQUIRE(profiles.size() == 3u);  // de.bund -> de.sn -> de.sn.musterstadt, parents first
  BOOST_TEST(profiles.back().id == "de.sn.musterstadt");
  BOOST_TEST(profiles.back().version == "1.0.0");
  BOOST_TEST(profiles.back().sha256.size() == 64u);
  const auto rules = shared_chain()->rules();
  BOOST_TEST(std::is_sorted(rules.begin(), rules.end(),
                            [](const auto& a, const auto& b) { return a.id < b.id; }));
  BOOST_TEST(std::any_of(rules.begin(), rules.end(), [](const api::RuleDescription& rule) {
    return rule.id == "xsd-valid" && !rule.title_de.empty();
  }));
}

BOOST_AUTO_TEST_CASE(faulty_bytes_carry_located_findings_in_both_languages) {
  const api::Report report =
      shared_chain()->validate_bytes(sample_bytes("gewerbe-anmeldung-fehlerhaft.xml"), "bad.xml");
  BOOST_TEST((report.verdict() == api::Verdict::kNotConformant));
  BOOST_TEST(report.errors() > 0);
  const auto findings = report.findings();
  BOOST_REQUIRE(!findings.empty());
  bool located_error = false;
  for (const auto& finding : findings) {
    BOOST_TEST(finding.input == "bad.xml");
    if (finding.severity == api::Severity::kError && finding.line > 0) located_error = true;
  }
  BOOST_TEST(located_error);
  const std::string json = report.render("json");
  BOOST_TEST(json.find("\"bad.xml\"") != std::string::npos);
  BOOST_TEST(json.find("not-conformant") != std::string::npos);
  // The chain wrote its rule catalogue once for all its reports: the bytes are those written
  // afresh for the same engine report (held here without the chain's preparation).
  const api::Report afresh(std::shared_ptr<const konform::Report>(std::shared_ptr<const void>(),
                                                                  &report.engine_report()));
  BOOST_TEST(json == afresh.render("json"));
  const std::string english = report.render("text");
  const std::string german = report.render("text", {api::Language::kGerman, false});
  BOOST_TEST(english != german);
}

BOOST_AUTO_TEST_CASE(html_pages_splice_the_chains_rows_in_their_language) {
  const api::Report report =
      shared_chain()->validate_bytes(sample_bytes("gewerbe-anmeldung-fehlerhaft.xml"), "bad.xml");
  const api::Report afresh(std::shared_ptr<const konform::Report>(std::shared_ptr<const void>(),
                                                                  &report.engine_report()));
  for (const api::Language language : {api::Language::kGerman, api::Language::kEnglish}) {
    const std::string page = report.render("html", {language, false});
    BOOST_TEST(page.find("class=\"quiet-rules\"") != std::string::npos);
    BOOST_TEST(page == afresh.render("html", {language, false}));
  }
}

std::string joined(const api::ReportPieces& pieces) {
  return pieces.head + (pieces.catalogue ? *pieces.catalogue : std::string()) + pieces.tail;
}

BOOST_AUTO_TEST_CASE(pieces_are_the_rendered_bytes_around_the_chains_own_catalogue) {
  const api::Report bad =
      shared_chain()->validate_bytes(sample_bytes("gewerbe-anmeldung-fehlerhaft.xml"), "bad.xml");
  const api::Report good =
      shared_chain()->validate_bytes(sample_bytes("gewerbe-anmeldung-konform.xml"), "good.xml");
  for (const std::string_view format : {"json", "xml", "sarif", "html", "text"}) {
    for (const api::Language language : {api::Language::kGerman, api::Language::kEnglish}) {
      const api::RenderOptions options{language, false};
      const api::ReportPieces of_bad = bad.render_pieces(format, options);
      const api::ReportPieces of_good = good.render_pieces(format, options);
      BOOST_TEST(joined(of_bad) == bad.render(format, options), format);
      BOOST_TEST(joined(of_good) == good.render(format, options), format);
      if (format == "text") {
        BOOST_TEST(!of_good.catalogue);  // lists no catalogue: everything in the head
        continue;
      }
      // Both reports list the chain's rules: one catalogue object, not a copy each.
      BOOST_REQUIRE(of_good.catalogue);
      BOOST_TEST(of_good.catalogue->size() > 1000u);
      if (format == "html") continue;  // a page with findings lists only the rules without any
      BOOST_TEST(of_bad.catalogue.get() == of_good.catalogue.get(), format);
    }
  }
  // A page's catalogue is in its language: the same object again for the same language.
  const auto page = [&](api::Language language) {
    return good.render_pieces("html", {language, false}).catalogue;
  };
  BOOST_TEST(page(api::Language::kGerman).get() == page(api::Language::kGerman).get());
  BOOST_TEST(page(api::Language::kGerman).get() != page(api::Language::kEnglish).get());
}

BOOST_AUTO_TEST_CASE(threads_share_one_chain) {
  const std::string good = sample_bytes("gewerbe-anmeldung-konform.xml");
  const std::string bad = sample_bytes("gewerbe-anmeldung-fehlerhaft.xml");
  std::vector<api::Verdict> verdicts(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < verdicts.size(); ++i) {
    threads.emplace_back([&, i] {
      verdicts[i] = shared_chain()->validate_bytes(i % 2 == 0 ? good : bad, "input.xml").verdict();
    });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t i = 0; i < verdicts.size(); ++i) {
    BOOST_TEST(
        (verdicts[i] == (i % 2 == 0 ? api::Verdict::kConformant : api::Verdict::kNotConformant)));
  }
}

BOOST_AUTO_TEST_CASE(several_inputs_make_one_report_in_input_order) {
  const api::Report report =
      shared_chain()->validate({{"a.xml", sample_bytes("gewerbe-anmeldung-konform.xml")},
                                {"b.xml", sample_bytes("gewerbe-anmeldung-fehlerhaft.xml")}},
                               2);
  BOOST_TEST((report.verdict() == api::Verdict::kNotConformant));
  for (const auto& finding : report.findings()) BOOST_TEST(finding.input == "b.xml");
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_a_finding_never_conformant) {
  const api::Report report =
      shared_chain()->validate_file(konform::test::output_dir("api") / "missing.xml", "gone.xml");
  BOOST_TEST((report.verdict() != api::Verdict::kConformant));
  BOOST_REQUIRE(!report.findings().empty());
  BOOST_TEST(report.findings().front().input == "gone.xml");
}

BOOST_AUTO_TEST_CASE(an_unknown_profile_is_a_configuration_error) {
  api::ChainSpec spec = musterstadt_spec();
  spec.profiles = {"de.nowhere"};
  try {
    (void)api::CompiledChain::build(spec);
    BOOST_FAIL("expected a ConfigurationError");
  } catch (const api::ConfigurationError& error) {
    BOOST_TEST(std::string(error.what()).find("de.nowhere") != std::string::npos);
    BOOST_TEST(!error.message_de().empty());
  }
}

BOOST_AUTO_TEST_CASE(a_day_that_does_not_exist_is_a_configuration_error) {
  api::ChainSpec spec = musterstadt_spec();
  spec.as_of = "2026-02-30";
  BOOST_CHECK_THROW((void)api::CompiledChain::build(spec), api::ConfigurationError);
}

BOOST_AUTO_TEST_CASE(an_unknown_format_is_an_error_of_its_own) {
  const api::Report report = shared_chain()->validate_bytes("<a/>", "a.xml");
  BOOST_CHECK_THROW((void)report.render("svg"), api::UnknownFormatError);
  const auto formats = api::report_formats();
  BOOST_TEST((std::find(formats.begin(), formats.end(), "sarif") != formats.end()));
}

BOOST_AUTO_TEST_CASE(candidates_compare_rule_by_rule) {
  const auto product =
      konform::test::source_dir() / "profiles/de/sn/musterstadt/examples/servicedef";
  const api::Comparison comparison = shared_chain()->compare({product});
  BOOST_TEST((comparison.verdict() == api::Verdict::kConformant));
  BOOST_TEST(comparison.render("json").find("\"candidates\"") != std::string::npos);
  BOOST_CHECK_THROW((void)comparison.render("sarif"), api::UnknownFormatError);
  BOOST_CHECK_THROW((void)shared_chain()->compare({product / "no-such-product"}),
                    api::ConfigurationError);
}

// "pdf" is the html page printed by headless Chromium: a PDF whose first page states the verdict
// in the asked language, as `konform validate|compare --format pdf` writes it.
BOOST_AUTO_TEST_CASE(reports_and_comparisons_print_to_pdf) {
  const fs::path dir = konform::test::output_dir("unit-api-pdf");
  const api::Report report = shared_chain()->validate_bytes(
      sample_bytes("gewerbe-anmeldung-fehlerhaft.xml"), "antrag.xml");
  const auto product =
      konform::test::source_dir() / "profiles/de/sn/musterstadt/examples/servicedef";
  for (const auto& [name, pdf, verdict] :
       {std::tuple{"report", report.render("pdf", {.language = api::Language::kGerman}),
                   "Ergebnis: nicht konform"},
        std::tuple{"comparison",
                   shared_chain()->compare({product}).render("pdf", api::Language::kEnglish),
                   "Overall result: conformant"}}) {
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(pdf.rfind("%PDF-", 0) == 0u);
      const fs::path file = dir / (std::string(name) + ".pdf");
      std::ofstream(file, std::ios::binary) << pdf;
      BOOST_TEST(!konform::test::pdf_pages_as_png(file, dir / name).empty());
      const std::string first = konform::test::pdf_page_text(file, 1);
      BOOST_TEST(first.find(verdict) != std::string::npos, first);
    }
  }
}

// A printed page is not the html renderer's pieces: it comes whole, in the head.
BOOST_AUTO_TEST_CASE(pdf_pieces_are_the_printed_page_whole) {
  const api::Report good =
      shared_chain()->validate_bytes(sample_bytes("gewerbe-anmeldung-konform.xml"), "good.xml");
  const api::ReportPieces pieces = good.render_pieces("pdf");
  BOOST_TEST(pieces.head.rfind("%PDF-", 0) == 0u);
  BOOST_TEST(!pieces.catalogue);
  BOOST_TEST(pieces.tail.empty());
}

BOOST_AUTO_TEST_CASE(a_candidate_zip_beyond_its_limits_is_a_limit_exceeded_error) {
  const auto zip = konform::test::output_dir("api-compare-zips") / "bomb.zip";
  konform::test::write_archive(zip, konform::test::ArchiveKind::zip,
                               {{"zeros.xml", std::string(2 << 20, '0'), ""}});
  std::ifstream in(zip, std::ios::binary);
  const std::string bomb{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  try {
    (void)shared_chain()->compare_zips({{"bomb", bomb}}, {10, 1 << 20});
    BOOST_FAIL("expected a LimitExceededError");
  } catch (const api::LimitExceededError& error) {
    BOOST_TEST(error.file() == "bomb");
    BOOST_TEST(std::string(error.what()).find("more than 1048576 bytes") != std::string::npos);
  }
  // Damage is no limit: a plain ConfigurationError.
  try {
    (void)shared_chain()->compare_zips({{"junk", "no zip"}});
    BOOST_FAIL("expected a ConfigurationError");
  } catch (const api::LimitExceededError&) {
    BOOST_FAIL("a damaged zip is no LimitExceededError");
  } catch (const api::ConfigurationError& error) {
    BOOST_TEST(std::string(error.what()).find("not a zip") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(the_loaded_library_matches_the_headers) {
  BOOST_TEST(api::library_version() == api::kHeaderVersion);
}

BOOST_AUTO_TEST_SUITE_END()
