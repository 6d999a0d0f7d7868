// Runs the external validators the schema tests rely on (python3-jsonschema, xmllint) and
// reports their verdict. A missing tool makes the calling test fail, never skip: a green run
// must mean the output really was validated.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::test {

struct ToolResult {
  int exit_code = -1;  ///< the tool's exit status; -1 when it did not run or was killed
  std::string output;  ///< stdout and stderr together
};

/// Runs `program args...` (each argument shell-quoted), output captured to `log`.
/// Fails the calling test when `program` is not an executable file.
ToolResult run_tool(const std::filesystem::path& program, const std::vector<std::string>& args,
                    const std::filesystem::path& log);

/// Validates `instance` against the JSON Schema `schema` with tests/tools/validate_json.py.
ToolResult validate_json(const std::filesystem::path& schema,
                         const std::filesystem::path& instance);

/// Validates the XML file `instance` against the XSD `schema` with xmllint.
ToolResult validate_xml(const std::filesystem::path& schema, const std::filesystem::path& instance);

}  // namespace konform::test
