#include "validator/core/stage.h"

#include "validator/core/enum_names.h"

namespace konform {

constexpr EnumNames<Stage::kWaive> kStageNames{"read",     "match",      "wellformed", "xsd",
                                               "codelist", "schematron", "yaml",       "crosscheck",
                                               "internal", "waive"};

std::string_view to_string(Stage stage) { return kStageNames.name(stage); }

std::optional<Stage> parse_stage(std::string_view name) { return kStageNames.parse(name); }

}  // namespace konform
