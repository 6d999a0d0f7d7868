#include "tests/unit/reports/external_tool.h"

#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/support/test_paths.h"

namespace konform::test {
namespace fs = std::filesystem;
namespace {

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// Debian's interpreter, not whatever python3 is first on PATH: python3-jsonschema is installed
// for that one.
const fs::path kPython = "/usr/bin/python3";
const fs::path kXmllint = "/usr/bin/xmllint";

}  // namespace

ToolResult run_tool(const fs::path& program, const std::vector<std::string>& args,
                    const fs::path& log) {
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(program),
                        program << " is missing; the schema tests need it (see reports/README.md)");
  std::string command = shell_quote(program.string());
  for (const auto& arg : args) command += ' ' + shell_quote(arg);
  command += " >" + shell_quote(log.string()) + " 2>&1";
  const int status = std::system(command.c_str());

  ToolResult result;
  if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  std::ifstream in(log);
  std::ostringstream text;
  text << in.rdbuf();
  result.output = text.str();
  return result;
}

ToolResult validate_json(const fs::path& schema, const fs::path& instance) {
  const fs::path script = source_dir() / "tests" / "tools" / "validate_json.py";
  return run_tool(kPython, {script.string(), schema.string(), instance.string()},
                  fs::path(instance).concat(".validation.log"));
}

ToolResult validate_xml(const fs::path& schema, const fs::path& instance) {
  return run_tool(kXmllint, {"--noout", "--schema", schema.string(), instance.string()},
                  fs::path(instance).concat(".validation.log"));
}

}  // namespace konform::test
