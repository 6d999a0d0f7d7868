// Renderers of `konform compare`: pure functions of a finished CompareMatrix
// (validator/core/compare_matrix.h) and the RenderOptions, one .cpp each (compare_<name>.cpp).
// Like the report renderers they write only to the given stream, so the same matrix always
// renders to the same bytes.
#pragma once

#include <ostream>
#include <span>
#include <string_view>

#include "reports/renderer.h"
#include "validator/core/compare_matrix.h"

namespace konform::reports {

/// `html`: one self-contained, printable page (German by default, English with lang "en").
void render_compare_html(const CompareMatrix& matrix, const RenderOptions& options,
                         std::ostream& out);
/// `json`: the matrix for machines, described by xsd/compare-1.schema.json; ignores the options.
void render_compare_json(const CompareMatrix& matrix, const RenderOptions& options,
                         std::ostream& out);

/// One output format of `konform compare`.
struct CompareRenderer {
  std::string_view name;         ///< what --format takes
  std::string_view description;  ///< one line for --help
  void (*render)(const CompareMatrix&, const RenderOptions&, std::ostream&);
};

/// Every compare format, sorted by name.
std::span<const CompareRenderer> compare_renderers();

/// The compare renderer with this name, or nullptr when there is none.
const CompareRenderer* find_compare_renderer(std::string_view name);

}  // namespace konform::reports
