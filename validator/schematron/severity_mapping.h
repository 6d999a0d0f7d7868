// How an assert's or report's `role` and `flag` attributes map to a konform Severity. Schematron
// leaves both free-text; rule sets use them for severities (XRechnung: flag="fatal|warning|
// information"; others: role="error|warn|info"). Mapping (case-insensitive, surrounding spaces
// ignored):
//   fatal, error                        -> error
//   warning, warn                       -> warning
//   information, info, informational,
//   hint, note                          -> info
// `role` is consulted first, then `flag`, then the enclosing rule's role and flag; when none of
// them is one of these words the severity is error (an assert states a requirement). Profiles
// may override severities per rule id later.
#pragma once

#include <optional>
#include <string_view>

#include "validator/core/severity.h"

namespace konform::schematron {

/// The severity a single role or flag value names, if it names one.
std::optional<Severity> severity_word(std::string_view value);

/// The severity of an assertion from its own and its rule's role and flag.
Severity severity_of(std::string_view role, std::string_view flag, std::string_view rule_role,
                     std::string_view rule_flag);

}  // namespace konform::schematron
