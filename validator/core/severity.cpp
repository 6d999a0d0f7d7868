#include "validator/core/severity.h"

#include "validator/core/enum_names.h"

namespace konform {

constexpr EnumNames<Severity::kError> kSeverityNames{"info", "warning", "error"};

std::string_view to_string(Severity severity) { return kSeverityNames.name(severity); }

std::optional<Severity> parse_severity(std::string_view text) { return kSeverityNames.parse(text); }

}  // namespace konform
