#include "reports/html_chart.h"

#include <algorithm>

#include "reports/html_escape.h"

namespace konform::reports {
namespace {

constexpr std::array kSeverities = {Severity::kError, Severity::kWarning, Severity::kInfo};

// Geometry in SVG user units: a label column for the level, one for the severity, then the bar
// area; the count is written just after each bar's end.
constexpr int kWidth = 720;
constexpr int kSeverityX = 140;
constexpr int kBarX = 250;
constexpr int kBarMaxWidth = 380;
constexpr int kRowHeight = 22;
constexpr int kBarHeight = 14;
constexpr int kBlockGap = 12;
constexpr int kTop = 6;

std::size_t severity_index(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return 0;
    case Severity::kWarning:
      return 1;
    case Severity::kInfo:
      return 2;
  }
  return 0;
}

// Integer arithmetic, so the same report always draws the same bytes.
int bar_width(int count, int max_count) {
  if (count <= 0 || max_count <= 0) return 0;
  return std::max(2, count * kBarMaxWidth / max_count);
}

void write_svg(const LevelCounts& counts, const HtmlWords& words, std::ostream& out) {
  int max_count = 0;
  for (const auto& row : counts)
    max_count = std::max(max_count, *std::max_element(row.begin(), row.end()));
  const int block_height = static_cast<int>(kSeverities.size()) * kRowHeight + kBlockGap;
  const int height = kTop + static_cast<int>(counts.size()) * block_height;

  out << "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
      << "width=\"" << kWidth << "\" height=\"" << height << "\" viewBox=\"0 0 " << kWidth << ' '
      << height << "\">\n"
      << "<title id=\"chart-title\">" << html_escape(words.chart_title) << "</title>\n"
      << "<desc id=\"chart-desc\">" << html_escape(words.chart_description) << "</desc>\n";
  for (std::size_t level = 0; level < counts.size(); ++level) {
    const int block_y = kTop + static_cast<int>(level) * block_height;
    out << "<g class=\"level\">\n"
        << "<text class=\"level-label\" x=\"0\" y=\"" << block_y + kRowHeight + kBarHeight - 2
        << "\">" << html_escape(level_word(kLevelCategories[level], words)) << "</text>\n";
    for (const Severity severity : kSeverities) {
      const int count = counts[level][severity_index(severity)];
      const int y = block_y + static_cast<int>(severity_index(severity)) * kRowHeight;
      const int width = bar_width(count, max_count);
      out << "<text x=\"" << kSeverityX << "\" y=\"" << y + kBarHeight - 2 << "\">"
          << html_escape(severity_plural(severity, words)) << "</text>";
      if (width > 0) {
        out << "<rect class=\"bar-" << to_string(severity) << "\" x=\"" << kBarX << "\" y=\"" << y
            << "\" width=\"" << width << "\" height=\"" << kBarHeight << "\"/>";
      }
      out << "<text x=\"" << kBarX + width + 8 << "\" y=\"" << y + kBarHeight - 2 << "\">" << count
          << "</text>\n";
    }
    out << "</g>\n";
  }
  out << "</svg>\n";
}

void write_table(const LevelCounts& counts, const HtmlWords& words, std::ostream& out) {
  out << "<table class=\"chart-data\">\n<caption>" << html_escape(words.chart_table_caption)
      << "</caption>\n<thead><tr><th scope=\"col\">" << html_escape(words.level) << "</th>";
  for (const Severity severity : kSeverities) {
    out << "<th scope=\"col\" class=\"num\">" << html_escape(severity_plural(severity, words))
        << "</th>";
  }
  out << "<th scope=\"col\" class=\"num\">" << html_escape(words.total) << "</th></tr></thead>\n"
      << "<tbody>\n";
  std::array<int, 3> column_totals{};
  for (std::size_t level = 0; level < counts.size(); ++level) {
    out << "<tr><th scope=\"row\">" << html_escape(level_word(kLevelCategories[level], words))
        << "</th>";
    int row_total = 0;
    for (std::size_t severity = 0; severity < counts[level].size(); ++severity) {
      out << "<td class=\"num\">" << counts[level][severity] << "</td>";
      row_total += counts[level][severity];
      column_totals[severity] += counts[level][severity];
    }
    out << "<td class=\"num\">" << row_total << "</td></tr>\n";
  }
  out << "</tbody>\n<tfoot><tr><th scope=\"row\">" << html_escape(words.total) << "</th>";
  int grand_total = 0;
  for (const int total : column_totals) {
    out << "<td class=\"num\">" << total << "</td>";
    grand_total += total;
  }
  out << "<td class=\"num\">" << grand_total << "</td></tr></tfoot>\n</table>\n";
}

}  // namespace

LevelCounts count_by_level(const Report& report) {
  LevelCounts counts{};
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) {
      if (finding.waiver) continue;  // the chart shows what counts, like the summary
      const auto level = static_cast<std::size_t>(level_category(finding.origin.level));
      ++counts[level][severity_index(finding.severity)];
    }
  }
  return counts;
}

void write_level_chart(const Report& report, const HtmlWords& words, std::ostream& out) {
  const LevelCounts counts = count_by_level(report);
  write_svg(counts, words, out);
  write_table(counts, words, out);
}

}  // namespace konform::reports
