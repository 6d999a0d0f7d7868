#include "validator/waive/apply_waivers.h"

#include <algorithm>

#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"
#include "validator/waive/glob.h"

namespace konform::waive {
namespace {

bool covers(const WaiverEntry& waiver, const InputResult& input, const Finding& finding) {
  if (waiver.rule != finding.rule_id) return false;
  if (!waiver.xpath.empty()) {
    const std::string& at = finding.location.xpath;
    const bool at_or_below =
        at == waiver.xpath || (at.starts_with(waiver.xpath) && at[waiver.xpath.size()] == '/');
    if (!at_or_below) return false;
  }
  return glob_match(waiver.input, input.path);
}

std::string where(const WaiverFile& file, const WaiverEntry& waiver) {
  return file.file + ":" + std::to_string(waiver.line);
}

std::string described(const WaiverEntry& waiver) {
  return "rule " + waiver.rule + ", input " + waiver.input +
         (waiver.xpath.empty() ? "" : ", xpath " + waiver.xpath);
}

std::string described_de(const WaiverEntry& waiver) {
  return "Regel " + waiver.rule + ", Eingabe " + waiver.input +
         (waiver.xpath.empty() ? "" : ", XPath " + waiver.xpath);
}

Finding expired_finding(const WaiverFile& file, const WaiverEntry& waiver, const Finding& first,
                        int covered, Severity severity) {
  const std::string count = std::to_string(covered);
  Finding finding = rules::builtin_finding(
      rules::kWaiverExpired,
      "The waiver for rule " + waiver.rule + " (" + where(file, waiver) + ", by " + waiver.author +
          ") expired on " + waiver.expires + "; " + count +
          (covered == 1 ? " finding" : " findings") +
          " it covered count again. Reason given: " + waiver.reason,
      "Die Ausnahme f\u00fcr Regel " + waiver.rule + " (" + where(file, waiver) + ", von " +
          waiver.author + ") ist am " + waiver.expires + " abgelaufen; " + count +
          (covered == 1 ? " Befund z\u00e4hlt" : " Befunde z\u00e4hlen") +
          " wieder. Begr\u00fcndung: " + waiver.reason,
      first.location);
  finding.severity = severity;
  finding.source = where(file, waiver);
  return finding;
}

void list_rule(Report& report, const RuleInfo& rule, Severity severity) {
  auto it = std::lower_bound(report.rules.begin(), report.rules.end(), rule.id,
                             [](const RuleInfo& r, const std::string& id) { return r.id < id; });
  if (it != report.rules.end() && it->id == rule.id) return;
  RuleInfo listed = rule;
  listed.default_severity = severity;
  report.rules.insert(it, std::move(listed));
}

}  // namespace

Report apply_waivers(Report report, const WaiverFile& waivers, const WaiveOptions& options) {
  report.waivers = waivers.file;
  report.waivers_sha256 = waivers.sha256;
  const auto& entries = waivers.waivers;
  std::vector<int> used(entries.size(), 0);
  for (auto& input : report.inputs) {
    // Per expired waiver: how many of this input's findings it would have covered, the first.
    std::vector<int> expired_hits(entries.size(), 0);
    std::vector<const Finding*> expired_first(entries.size(), nullptr);
    for (auto& finding : input.findings) {
      // The first waiver in file order that applies wins.
      for (std::size_t i = 0; i < entries.size(); ++i) {
        const WaiverEntry& waiver = entries[i];
        if (waiver.expires < options.as_of || !covers(waiver, input, finding)) continue;
        finding.waiver = Waiver{waiver.reason, waiver.author, waiver.expires};
        ++used[i];
        break;
      }
      if (finding.waiver) continue;
      // Not covered any more: every expired waiver that would have covered it says so.
      for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].expires >= options.as_of || !covers(entries[i], input, finding)) continue;
        if (expired_hits[i]++ == 0) expired_first[i] = &finding;
      }
    }
    if (!options.expired_severity) continue;
    std::vector<Finding> added;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (expired_hits[i] == 0) continue;
      added.push_back(expired_finding(waivers, entries[i], *expired_first[i], expired_hits[i],
                                      *options.expired_severity));
    }
    input.findings.insert(input.findings.end(), added.begin(), added.end());
  }
  if (options.expired_severity) {
    list_rule(report, rules::builtin_rule(rules::kWaiverExpired), *options.expired_severity);
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const WaiverEntry& waiver = entries[i];
    if (waiver.expires < options.as_of) {
      report.notices.push_back({std::string(rules::kWaiverExpired.text()),
                                "waiver " + where(waivers, waiver) + " (" + described(waiver) +
                                    ") expired on " + waiver.expires + " and no longer applies",
                                "Ausnahme " + where(waivers, waiver) + " (" + described_de(waiver) +
                                    ") ist am " + waiver.expires +
                                    " abgelaufen und gilt nicht mehr"});
    } else if (used[i] == 0) {
      report.notices.push_back(
          {"waiver-unused",
           "waiver " + where(waivers, waiver) + " (" + described(waiver) +
               ") matched no finding; remove it if the problem is fixed",
           "Ausnahme " + where(waivers, waiver) + " (" + described_de(waiver) +
               ") traf auf keinen Befund zu; entfernen, wenn das Problem behoben ist"});
    }
  }
  finish(report);
  return report;
}

}  // namespace konform::waive
