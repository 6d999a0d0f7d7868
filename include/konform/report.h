// The outcome of validating inputs: a value (cheap to copy, immutable, safe to share between
// threads) with the verdict, the counts, every finding, and rendering into any report format the
// command line writes (`konform validate --format`).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "konform/export.h"

namespace konform {
struct Report;  // the engine's report, held by api::Report
}

namespace konform::api {

enum class Verdict {
  kConformant,     ///< fully checked, no error
  kNotConformant,  ///< at least one error that no waiver covers
  kIncomplete,     ///< some check could not finish: never to be read as conformant
};

enum class Severity { kError, kWarning, kInfo };

/// A verdict as the reports spell it: "conformant", "not-conformant", "incomplete".
KONFORM_API std::string_view to_string(Verdict verdict) noexcept;
/// A severity as the reports spell it: "error", "warning", "info".
KONFORM_API std::string_view to_string(Severity severity) noexcept;

enum class Language {
  kEnglish,
  kGerman,
  kFormatDefault,  ///< each format's own: German for the html pages, English for the others
};

/// One finding, as the JSON report carries it (see README, "JSON report").
struct Finding {
  std::string input;    ///< the input's display name
  std::string rule_id;  ///< stable kebab-case id (`konform rules`)
  Severity severity = Severity::kError;
  std::string message;     ///< English
  std::string message_de;  ///< German; empty where the source speaks only English
  int line = 0;            ///< 1-based; 0: unknown
  int column = 0;          ///< 1-based; 0: unknown
  std::string xpath;       ///< the node in fn:path form; empty: the whole input
  bool waived = false;     ///< a waiver tolerates it: it counts toward no verdict
};

/// Options of the human-facing formats (the machine formats carry both languages).
struct RenderOptions {
  Language language = Language::kEnglish;
  bool quiet = false;  ///< text: only the finding lines
  bool color = false;  ///< text: ANSI colours (for a terminal; `konform validate` decides)
};

/// A report rendered in three pieces whose concatenation is Report::render()'s bytes, the middle
/// one the compiled chain's rule catalogue in the format, shared by the chain's reports rather
/// than copied into each (Report::render_pieces). Since 0.1.0.
struct ReportPieces {
  std::string head = {};
  /// The same object for every report of the chain that lists its rules; null: no such piece.
  std::shared_ptr<const std::string> catalogue = {};
  std::string tail = {};
};

class KONFORM_API Report {
 public:
  /// Wraps a finished engine report (the library builds them; embedders receive them).
  explicit Report(std::shared_ptr<const konform::Report> report);
  struct Prepared;  ///< what a compiled chain prepared for rendering its reports, once
  /// A report of a compiled chain: rendered with what the chain prepared (the same bytes).
  Report(std::shared_ptr<const konform::Report> report, std::shared_ptr<const Prepared> prepared);
  ~Report();
  Report(const Report&);
  Report& operator=(const Report&);

  Verdict verdict() const noexcept;
  int errors() const noexcept;  ///< findings not waived, by severity
  int warnings() const noexcept;
  int infos() const noexcept;
  int waived() const noexcept;
  /// Every finding of every input, in input order, then by position.
  std::vector<Finding> findings() const;
  /// Whether a finding no waiver covers has `threshold` or a graver severity (`konform validate
  /// --fail-on`: exit code 1).
  bool has_finding_at_or_above(Severity threshold) const noexcept;

  /// The report in `format` (json, sarif, text, html, junit, ...: api::report_formats()), or
  /// "pdf": the html page printed by headless Chromium (Debian package chromium, found on PATH),
  /// the PDF's bytes, as `konform validate --format pdf` writes it. Throws UnknownFormatError;
  /// for "pdf" ConfigurationError when Chromium is missing, fails or takes longer than 120 s.
  std::string render(std::string_view format, const RenderOptions& options = {}) const;
  /// render()'s bytes in pieces, for writing them one after another (a service's answer as a
  /// buffer sequence): a report of a compiled chain shares the chain's catalogue in json, xml,
  /// sarif and html instead of copying it (517 KB per XRechnung invoice); otherwise everything
  /// is in `head`. Throws as render() does. Since 0.1.0.
  ReportPieces render_pieces(std::string_view format, const RenderOptions& options = {}) const;

  /// The engine's report, for code inside konform (the CLI, the service).
  const konform::Report& engine_report() const noexcept { return *report_; }

 private:
  std::shared_ptr<const konform::Report> report_;
  std::shared_ptr<const Prepared> prepared_;  ///< null: everything rendered afresh
};

/// The formats Report::render() takes, sorted by name; besides these it takes "pdf", which is
/// left out here because it starts a browser for every call (a service offers it deliberately).
KONFORM_API std::vector<std::string> report_formats();

}  // namespace konform::api
