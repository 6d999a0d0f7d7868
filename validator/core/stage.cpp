#include "validator/core/stage.h"

namespace konform {

std::string_view to_string(Stage stage) {
  switch (stage) {
    case Stage::kRead:
      return "read";
    case Stage::kMatch:
      return "match";
    case Stage::kWellformed:
      return "wellformed";
    case Stage::kXsd:
      return "xsd";
    case Stage::kCodelist:
      return "codelist";
    case Stage::kSchematron:
      return "schematron";
    case Stage::kYaml:
      return "yaml";
    case Stage::kCrosscheck:
      return "crosscheck";
    case Stage::kInternal:
      return "internal";
    case Stage::kWaive:
      return "waive";
  }
  return "internal";
}

}  // namespace konform
