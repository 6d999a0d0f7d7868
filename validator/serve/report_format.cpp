#include "validator/serve/report_format.h"

#include <algorithm>
#include <array>

#include "konform/report.h"
#include "validator/serve/header_value.h"

namespace konform::serve {
namespace {

struct MediaType {
  std::string_view format;
  std::string_view media_type;
};

// The media type each format is served as; the first of a format is what Accept matches.
constexpr std::array<MediaType, 9> kMediaTypes{{
    {"json", "application/json"},
    {"sarif", "application/sarif+json"},
    {"xml", "application/xml"},
    {"html", "text/html"},
    {"junit", "application/xml"},
    {"svrl", "application/xml"},
    {"text", "text/plain"},
    {"markdown", "text/markdown"},
    {"github", "text/plain"},
}};

std::string content_type_of(std::string_view format) {
  for (const auto& entry : kMediaTypes) {
    if (entry.format == format) return std::string(entry.media_type) + "; charset=utf-8";
  }
  return "text/plain; charset=utf-8";
}

}  // namespace

std::optional<ReportFormat> choose_report_format(const std::string& format,
                                                 std::string_view accept) {
  if (!format.empty()) {
    const auto known = api::report_formats();
    if (std::find(known.begin(), known.end(), format) == known.end()) return std::nullopt;
    return ReportFormat{format, content_type_of(format)};
  }
  if (trim_blanks(accept).empty()) return ReportFormat{"json", content_type_of("json")};
  while (!accept.empty()) {
    const auto comma = accept.find(',');
    std::string_view item = accept.substr(0, comma);
    accept = comma == std::string_view::npos ? std::string_view() : accept.substr(comma + 1);
    const std::string_view media_type = trim_blanks(item.substr(0, item.find(';')));
    if (media_type == "*/*" || media_type == "application/*") {
      return ReportFormat{"json", content_type_of("json")};
    }
    for (const auto& entry : kMediaTypes) {
      if (entry.media_type == media_type) {
        return ReportFormat{std::string(entry.format), content_type_of(entry.format)};
      }
    }
  }
  return std::nullopt;
}

}  // namespace konform::serve
