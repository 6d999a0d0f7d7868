// The input limits and privacy options of the commands that check inputs (`validate`,
// `compare`, `profile test`): the same names, defaults and checks on each, then copied into
// CheckOptions or the public API's Limits.
#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>

#include "konform/chain.h"
#include "validator/check/input_checker.h"
#include "validator/core/limits.h"

namespace konform::cli {

/// The limit options as given on the command line (defaults: those of CheckOptions).
struct LimitOptions {
  std::size_t max_input_size = limits::kMaxInputBytes;
  int max_depth = limits::kMaxDepth;
  int max_findings = limits::kMaxFindings;
  int max_attributes = limits::kMaxAttributes;
  std::size_t max_attribute_size = limits::kMaxAttributeSize;
  /// Unset: CheckOptions' default, grown for a large input (CheckOptions::scale_xpath_steps).
  std::optional<std::uint64_t> max_xpath_steps;
  std::optional<std::uint64_t> max_xpath_time;  // ms
  std::size_t max_excerpt = limits::kMaxExcerpt;
  bool no_excerpts = false;
};

/// Registers --max-depth, --max-findings, --max-input-size, --max-attributes,
/// --max-attribute-size, --max-xpath-steps, --max-xpath-time, --max-excerpt and --no-excerpts
/// on `cmd`, storing into `options`.
void add_limit_options(CLI::App* cmd, LimitOptions& options);

/// Copies the limits into `check_options`.
void apply_limits(const LimitOptions& options, CheckOptions& check_options);
/// Copies the limits into the public API's (`validate` and `compare` check through it).
void apply_limits(const LimitOptions& options, api::Limits& limits);

}  // namespace konform::cli
