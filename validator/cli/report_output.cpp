#include "validator/cli/report_output.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/core/did_you_mean.h"
#include "validator/pdf/html_to_pdf.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

ConfigError unknown_format(const std::string& name, const std::vector<std::string>& known) {
  std::string list;
  for (const auto& format : known) list += " " + format;
  const std::string suggestion = did_you_mean(name, known);
  const std::string suggestion_de = did_you_mean(name, known, true);
  return ConfigError("unknown format '" + name + "'; known formats:" + list +
                     (suggestion.empty() ? "" : "; " + suggestion))
      .with_german("unbekanntes Format '" + name + "'; bekannte Formate:" + list +
                   (suggestion_de.empty() ? "" : "; " + suggestion_de));
}

}  // namespace

std::vector<OutputRequest> pair_outputs(const std::vector<std::string>& formats,
                                        const std::vector<std::string>& outputs,
                                        const std::vector<std::string>& known_formats,
                                        std::string_view default_format) {
  std::vector<std::string> names =
      formats.empty() ? std::vector<std::string>{std::string(default_format)} : formats;
  if (outputs.size() > names.size()) {
    throw ConfigError(
        "more --output options than --format options: give each --output a --format before it "
        "(the n-th --output belongs to the n-th --format)")
        .with_german(
            "mehr --output- als --format-Optionen: vor jedes --output ein --format setzen (das "
            "n-te --output geh\u00f6rt zum n-ten --format)");
  }
  std::vector<OutputRequest> requests;
  int to_stdout = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (std::find(known_formats.begin(), known_formats.end(), names[i]) == known_formats.end()) {
      throw unknown_format(names[i], known_formats);
    }
    std::string file = i < outputs.size() ? outputs[i] : "";
    if (to_standard_output(file)) ++to_stdout;
    requests.push_back({names[i], file});
  }
  if (to_stdout > 1) {
    throw ConfigError(
        "only one format can go to standard output: give the others an --output FILE (the n-th "
        "--output belongs to the n-th --format)")
        .with_german(
            "nur ein Format kann auf die Standardausgabe: den anderen ein --output DATEI geben "
            "(das n-te --output geh\u00f6rt zum n-ten --format)");
  }
  return requests;
}

void write_output(const std::string& format, const std::string& file,
                  const std::function<void(std::ostream&)>& render) {
  std::function<void(std::ostream&)> write = render;
  if (format == kPdfFormat) {
    std::ostringstream page;
    render(page);
    write = [bytes = pdf::html_to_pdf(page.str())](std::ostream& out) { out << bytes; };
  }
  if (to_standard_output(file)) {
    write(std::cout);
    std::cout.flush();
    return;
  }
  write_atomically(file, write);
}

void write_rendered(const std::string& file, std::string_view bytes) {
  write_output("", file, [&](std::ostream& out) { out << bytes; });
}

bool to_standard_output(const std::string& file) { return file.empty() || file == "-"; }

bool colours_shown(const std::string& file) {
  return to_standard_output(file) && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

void write_atomically(const std::string& file, const std::function<void(std::ostream&)>& write) {
  fs::path target(file);
  // A device or a pipe (`--output /dev/null`, /dev/stdout, a FIFO) is written in place: a
  // temporary file renamed over it would replace it, and run as root, /dev/null became a
  // regular file that other users could no longer write (apt's signature checks failed).
  std::error_code status_error;
  const fs::file_status status = fs::status(target, status_error);
  if (!status_error && fs::exists(status) && !fs::is_regular_file(status) &&
      !fs::is_directory(status)) {
    std::ofstream out(target, std::ios::binary);
    if (!out) throw ConfigError("cannot write report file", file);
    write(out);
    out.flush();
    if (!out) throw ConfigError("writing report file failed", file);
    return;
  }
  fs::path temporary = target;
  temporary += ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw ConfigError("cannot write report file", file);
    write(out);
    out.flush();
    if (!out) throw ConfigError("writing report file failed", file);
  }
  std::error_code ec;
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw ConfigError("cannot move report into place: " + ec.message(), file);
  }
}

}  // namespace konform::cli
