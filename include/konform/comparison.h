// The outcome of comparing candidates (products with their samples) against one chain, rule by
// rule: CompiledChain::compare(). A value like Report; renders as `konform compare` does.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "konform/export.h"
#include "konform/report.h"

namespace konform {
struct CompareMatrix;  // the engine's matrix, held by api::Comparison
}

namespace konform::api {

class KONFORM_API Comparison {
 public:
  explicit Comparison(std::shared_ptr<const konform::CompareMatrix> matrix);
  ~Comparison();
  Comparison(const Comparison&);
  Comparison& operator=(const Comparison&);

  /// Incomplete if any candidate is, else not conformant if any is, else conformant.
  Verdict verdict() const noexcept;
  /// The matrix as json, html or pdf (`konform compare --format`; pdf as Report::render() prints
  /// it). Throws UnknownFormatError; for "pdf" ConfigurationError as Report::render().
  std::string render(std::string_view format, Language language = Language::kGerman) const;

 private:
  std::shared_ptr<const konform::CompareMatrix> matrix_;
};

/// The formats Comparison::render() takes besides "pdf" (`konform compare --format`; json is
/// its default), in the order an unknown format's error lists them.
KONFORM_API std::vector<std::string> comparison_formats();

}  // namespace konform::api
