// Which report format a validation answers with: `?format=` if given, else the first media type
// of `Accept` that a format has, else JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace konform::serve {

struct ReportFormat {
  std::string name;          ///< as api::Report::render() takes it
  std::string content_type;  ///< the response's Content-Type
};

/// Nullopt when `format` names no format, or when `accept` lists media types of which konform
/// writes none (406).
std::optional<ReportFormat> choose_report_format(const std::string& format,
                                                 std::string_view accept);

}  // namespace konform::serve
