// A Renderer turns a finished Report into one output format (text, json, sarif, ...). Renderers
// are pure functions of the Report and the RenderOptions: they never look at profiles or inputs
// and write nothing but the given stream, so the same Report always renders to the same bytes.
// The registry lists every format, sorted by name; the CLI picks one with find_renderer().
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "reports/rendered_pieces.h"
#include "validator/core/report.h"

namespace konform::reports {

class RuleCatalogues;

/// How a human-facing renderer should present the report. The machine formats (json, sarif)
/// ignore these: they always carry both languages and no colour.
struct RenderOptions {
  /// text: colour severity words with ANSI escapes (the CLI sets this only for terminals).
  bool color = false;
  /// text: only the finding lines, no summary, no notes about incomplete inputs.
  bool quiet = false;
  /// "de" shows a finding's German message where it has one (text, github, junit, markdown).
  std::string lang = "en";
};

/// One output format.
struct Renderer {
  std::string_view name;         ///< what --format takes, e.g. "json"
  std::string_view description;  ///< one line for --help
  void (*render)(const Report&, const RenderOptions&, std::ostream&);
  /// The same bytes in pieces, the rules listed from the catalogues a compiled chain prepared
  /// (rule_catalogues.h); null for a format that lists no catalogue whole.
  RenderedPieces (*render_with)(const Report&, const RenderOptions&,
                                const RuleCatalogues&) = nullptr;
};

/// Every format konform can write, sorted by name.
std::span<const Renderer> renderers();

/// The renderer with this name, or nullptr when there is none.
const Renderer* find_renderer(std::string_view name);

}  // namespace konform::reports
