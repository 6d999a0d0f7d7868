// The stages of checking one input, as a type: the names reports give them (StageResult::name)
// and the stage each built-in rule's findings come from (validator/rules/registry.h) are spelt
// once, here, so no decision has to match a stage or rule by its text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "validator/core/report.h"

namespace konform {

enum class Stage {
  kRead,        ///< the input's bytes (file or standard input, size limit)
  kMatch,       ///< choosing the document type (root element, match conditions)
  kWellformed,  ///< the XML read itself: without a schema the whole pass, else inside kXsd
  kXsd,         ///< the validating read against the document type's schemas
  kCodelist,    ///< code values, checked as a sink of the same read
  kSchematron,  ///< the document type's Schematron rule sets
  kYaml,        ///< a service definition's YAML and its keys
  kCrosscheck,  ///< a service definition against its samples and the chain's standards
  kInternal,    ///< konform itself failed; the input is not checked
  kWaive,       ///< after checking: the waiver file applied to the findings
};

/// The name reports use: "read", "match", "wellformed", "xsd", "codelist", "schematron", "yaml",
/// "crosscheck", "internal", "waive".
std::string_view to_string(Stage stage);
/// The stage of one of those names; nullopt for any other text.
std::optional<Stage> parse_stage(std::string_view name);

/// What a report records of one stage's run for an input.
inline StageResult stage_result(Stage stage, StageStatus status, double ms = 0) {
  return {std::string(to_string(stage)), status, ms};
}

}  // namespace konform
