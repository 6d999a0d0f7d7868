// Severity of a finding and the ordering used by --fail-on: info < warning < error.
#pragma once

#include <optional>
#include <string_view>

namespace konform {

/// How serious a finding is; ordered so that `a >= b` means "at least as serious".
enum class Severity {
  kInfo = 0,     ///< informational; never fails a run unless --fail-on info
  kWarning = 1,  ///< should be fixed (SOLL)
  kError = 2,    ///< must be fixed (MUSS); makes an input not conformant
};

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

}  // namespace konform
