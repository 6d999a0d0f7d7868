#include "validator/core/severity.h"

#include "validator/core/lookup_table.h"

namespace konform {
namespace {

constexpr LookupTable<Severity, std::string_view, 3> kSeverityNames{{
    {Severity::kInfo, "info"},
    {Severity::kWarning, "warning"},
    {Severity::kError, "error"},
}};

}  // namespace

std::string_view to_string(Severity severity) {
  return lookup(kSeverityNames, severity).value_or("error");
}

std::optional<Severity> parse_severity(std::string_view text) {
  return reverse_lookup(kSeverityNames, text);
}

}  // namespace konform
