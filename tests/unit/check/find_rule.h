// The check tests look findings up by rule id.
#pragma once

#include <string_view>

#include "validator/core/report.h"

namespace konform::test {

/// The input's first finding of `rule`, or null.
inline const Finding* find_rule(const InputResult& input, std::string_view rule) {
  for (const auto& f : input.findings) {
    if (f.rule_id == rule) return &f;
  }
  return nullptr;
}

}  // namespace konform::test
