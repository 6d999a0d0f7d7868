#include "reports/wording.h"

#include <cmath>

#include "validator/rules/registry.h"

namespace konform::reports {

const std::string& displayed_message(const Finding& finding, const RenderOptions& options) {
  if (options.lang == "de" && !finding.message_de.empty()) return finding.message_de;
  return finding.message;
}

bool is_warning(const Notice& notice) { return rules::is(notice, rules::kWaiverExpired); }

const std::string& displayed_notice(const Notice& notice, const RenderOptions& options) {
  if (options.lang == "de" && !notice.message_de.empty()) return notice.message_de;
  return notice.message;
}

std::string waiver_text(const Waiver& waiver, const RenderOptions& options) {
  if (options.lang == "de") {
    return "Ausnahme bis " + waiver.expires + " von " + waiver.author + ": " + waiver.reason;
  }
  return "waived until " + waiver.expires + " by " + waiver.author + ": " + waiver.reason;
}

std::string location_text(std::string_view path, const Location& location) {
  std::string text(path);
  // A column without a line points nowhere, so it is dropped with the line.
  if (location.line > 0) {
    text += ':' + std::to_string(location.line);
    if (location.column > 0) text += ':' + std::to_string(location.column);
  }
  return text;
}

std::vector<std::string_view> message_lines(std::string_view message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == '\r')) {
    message.remove_suffix(1);
  }
  std::vector<std::string_view> lines;
  while (true) {
    const std::size_t end = message.find('\n');
    std::string_view line = message.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    message.remove_prefix(end + 1);
  }
  return lines;
}

std::pair<std::string, int> aborted_stage_names(const InputResult& input) {
  std::string names;
  int aborted = 0;
  for (const auto& stage : input.stages) {
    if (stage.status != StageStatus::kAborted) continue;
    if (aborted++ > 0) names += ", ";
    names += stage.name;
  }
  return {names, aborted};
}

std::string incomplete_reason(const InputResult& input) {
  if (input.stages.empty()) return "no stage ran";
  const auto [names, aborted] = aborted_stage_names(input);
  if (aborted == 0) return "not fully checked";
  return (aborted == 1 ? "stage " : "stages ") + names + " aborted";
}

double reported_ms(double ms) { return ms > 0 && std::isfinite(ms) ? ms : 0; }

std::string counted(long long count, std::string_view noun) {
  return counted(count, noun, std::string(noun) + 's');
}

std::string counted(long long count, std::string_view one, std::string_view many) {
  return std::to_string(count) + ' ' + std::string(count == 1 ? one : many);
}

bool german_page(const RenderOptions& options) {
  return options.lang.empty() || options.lang == "de";
}

}  // namespace konform::reports
