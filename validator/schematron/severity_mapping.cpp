#include "validator/schematron/severity_mapping.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace konform::schematron {

std::optional<Severity> severity_word(std::string_view value) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())))
    value.remove_prefix(1);
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())))
    value.remove_suffix(1);
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "fatal" || lower == "error") return Severity::kError;
  if (lower == "warning" || lower == "warn") return Severity::kWarning;
  if (lower == "information" || lower == "info" || lower == "informational" || lower == "hint" ||
      lower == "note")
    return Severity::kInfo;
  return std::nullopt;
}

Severity severity_of(std::string_view role, std::string_view flag, std::string_view rule_role,
                     std::string_view rule_flag) {
  for (std::string_view value : {role, flag, rule_role, rule_flag}) {
    if (auto severity = severity_word(value)) return *severity;
  }
  return Severity::kError;
}

}  // namespace konform::schematron
