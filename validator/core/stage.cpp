#include "validator/core/stage.h"

#include "validator/core/lookup_table.h"

namespace konform {
namespace {

constexpr LookupTable<Stage, std::string_view, 10> kStageNames{{
    {Stage::kRead, "read"},
    {Stage::kMatch, "match"},
    {Stage::kWellformed, "wellformed"},
    {Stage::kXsd, "xsd"},
    {Stage::kCodelist, "codelist"},
    {Stage::kSchematron, "schematron"},
    {Stage::kYaml, "yaml"},
    {Stage::kCrosscheck, "crosscheck"},
    {Stage::kInternal, "internal"},
    {Stage::kWaive, "waive"},
}};

}  // namespace

std::string_view to_string(Stage stage) { return lookup(kStageNames, stage).value_or("internal"); }

}  // namespace konform
