#include "validator/cli/check_options_cli.h"

#include <chrono>
#include <string>

#include "validator/core/limits.h"

namespace konform::cli {
namespace {

/// " (default: N)", from the one place that states the limits (core/limits.h).
template <typename Number>
std::string by_default(Number value) {
  return " (default: " + std::to_string(value) + ")";
}

/// " (default: N, or M per UNIT of a larger input)", for a budget that grows with the input.
template <typename Number>
std::string by_default_growing(Number value, Number per_unit, const std::string& unit) {
  return " (default: " + std::to_string(value) + ", or " + std::to_string(per_unit) + " per " +
         unit + " of a larger input)";
}

/// Registers a limit option: every limit takes a positive number, its default stated in `help`.
template <typename Number>
CLI::Option* add_stated_limit(CLI::App* cmd, const std::string& name, Number& value,
                              const std::string& help) {
  return cmd->add_option(name, value, help)->check(CLI::PositiveNumber);
}

/// add_stated_limit with " (default: N)" after `help`: N is the value `value` holds before
/// parsing, LimitOptions' default, so the help cannot state another.
template <typename Number>
CLI::Option* add_limit(CLI::App* cmd, const std::string& name, Number& value,
                       const std::string& help) {
  return add_stated_limit(cmd, name, value, help + by_default(value));
}

}  // namespace

void add_limit_options(CLI::App* cmd, LimitOptions& options) {
  add_limit(cmd, "--max-depth", options.max_depth, "Refuse element nesting deeper than this");
  add_limit(cmd, "--max-findings", options.max_findings,
            "List at most this many XSD findings per input; the rest are counted");
  add_stated_limit(cmd, "--max-input-size", options.max_input_size,
                   "Refuse inputs larger than this many bytes (default: " +
                       std::to_string(limits::kMaxInputBytes >> 30) + " GiB)");
  add_limit(cmd, "--max-attributes", options.max_attributes,
            "Refuse elements with more attributes than this");
  add_limit(cmd, "--max-attribute-size", options.max_attribute_size,
            "Refuse attribute values longer than this many characters");
  add_stated_limit(
      cmd, "--max-xpath-steps", options.max_xpath_steps,
      "XPath work units the Schematron rules may use per input; beyond, the input is "
      "incomplete" +
          by_default_growing(limits::kMaxXPathSteps, limits::kXPathStepsPerNode, "node"));
  add_stated_limit(cmd, "--max-xpath-time", options.max_xpath_time,
                   "Milliseconds the Schematron rules may take per input; beyond, the input is "
                   "incomplete" +
                       by_default_growing(limits::kMaxXPathTime.count(),
                                          limits::kXPathTimePerMiB.count(), "MiB"));
  CLI::Option* excerpt_option =
      add_limit(cmd, "--max-excerpt", options.max_excerpt,
                "Quote at most this many characters of an input's own text in findings");
  cmd->add_flag("--no-excerpts", options.no_excerpts,
                "Quote none of an input's own text in findings (values become \"…\")")
      ->excludes(excerpt_option);
}

void apply_limits(const LimitOptions& options, CheckOptions& check_options) {
  check_options.max_input_bytes = options.max_input_size;
  check_options.reader_limits.max_depth = options.max_depth;
  check_options.reader_limits.max_findings = options.max_findings;
  check_options.reader_limits.max_attributes = options.max_attributes;
  check_options.reader_limits.max_attribute_size = options.max_attribute_size;
  // A budget the user gave is exact; the defaults grow with the input.
  if (options.max_xpath_steps) {
    check_options.max_xpath_steps = *options.max_xpath_steps;
    check_options.scale_xpath_steps = false;
  }
  if (options.max_xpath_time) {
    check_options.max_xpath_time = std::chrono::milliseconds(*options.max_xpath_time);
    check_options.scale_xpath_time = false;
  }
  check_options.excerpts = ExcerptPolicy{options.max_excerpt, options.no_excerpts};
}

void apply_limits(const LimitOptions& options, api::Limits& limits) {
  limits.max_input_bytes = options.max_input_size;
  limits.max_depth = options.max_depth;
  limits.max_findings = options.max_findings;
  limits.max_attributes = options.max_attributes;
  limits.max_attribute_size = options.max_attribute_size;
  // Unset: 0, the API's default budget that grows with the input.
  limits.max_xpath_steps = options.max_xpath_steps.value_or(0);
  limits.max_xpath_time = std::chrono::milliseconds(options.max_xpath_time.value_or(0));
  limits.max_excerpt = options.max_excerpt;
  limits.no_excerpts = options.no_excerpts;
}

}  // namespace konform::cli
