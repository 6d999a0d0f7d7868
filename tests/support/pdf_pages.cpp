#include "tests/support/pdf_pages.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "tests/support/process.h"

namespace fs = std::filesystem;

namespace konform::test {
namespace {

fs::path poppler_tool(const std::string& name) {
  const fs::path tool = fs::path("/usr/bin") / name;
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(tool),
                        tool << " is missing: install Debian's poppler-utils (ci/setup.sh)");
  return tool;
}

}  // namespace

std::vector<fs::path> pdf_pages_as_png(const fs::path& pdf, const fs::path& prefix) {
  fs::create_directories(prefix.parent_path());
  for (const auto& old : fs::directory_iterator(prefix.parent_path())) {
    if (old.path().filename().string().rfind(prefix.filename().string() + "-", 0) == 0)
      fs::remove(old.path());
  }
  const ProcessResult r = run_process(
      {poppler_tool("pdftoppm").string(), "-png", "-r", "50", pdf.string(), prefix.string()});
  BOOST_TEST(r.exit_code == 0, "pdftoppm failed: " << r.err);
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(prefix.parent_path())) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix.filename().string() + "-", 0) == 0 && entry.path().extension() == ".png")
      pages.push_back(entry.path());
  }
  // pdftoppm pads the page number to the width of the last one, so names sort in page order.
  std::sort(pages.begin(), pages.end());
  return pages;
}

std::string pdf_page_text(const fs::path& pdf, int page) {
  const ProcessResult r =
      run_process({poppler_tool("pdftotext").string(), "-layout", "-f", std::to_string(page), "-l",
                   std::to_string(page), pdf.string(), "-"});
  BOOST_TEST(r.exit_code == 0, "pdftotext failed: " << r.err);
  return r.out;
}

}  // namespace konform::test
