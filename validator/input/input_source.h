// What the user asked konform to check: files, folders searched recursively for *.xml and
// service definitions (see is_service_definition_name), or "-"
// for standard input, expanded into an ordered list of inputs. Nothing named is skipped silently:
// a path that does not exist is a configuration error; a file that cannot be read becomes an
// input whose reading failed, reported as such.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "validator/input/input_buffer.h"

namespace konform {

/// One input to check.
struct InputSource {
  std::string display_path;    ///< as shown in reports (relative as the user gave it)
  std::filesystem::path file;  ///< empty for standard input
  /// Set: the input's bytes are already in memory (the public API's validate_bytes) and `file`
  /// only names it (its extension decides XML or service definition); nothing is read from disk.
  std::shared_ptr<const std::string> contents = nullptr;
  bool is_stdin() const { return file.empty() && !contents; }
};

/// Expands the command-line operands into inputs, in the given order; folders are walked
/// recursively and their *.xml files sorted by path so reports are reproducible.
/// Throws ConfigError for an operand that does not exist.
std::vector<InputSource> discover_inputs(const std::vector<std::string>& operands);

/// The file names a folder is searched for, as the user reads them in a message.
inline constexpr const char* kInputFileNames =
    "*.xml, publiccode.y(a)ml, *.publiccode.y(a)ml, konform-service.y(a)ml, "
    "*.konform-service.y(a)ml";

/// Whether a file named on the command line is a service definition (.yml / .yaml), read as
/// YAML rather than XML.
bool is_service_definition_file(const std::filesystem::path& path);

/// Whether a file found while walking a folder is a service definition: publiccode.yml,
/// *.publiccode.yml, konform-service.yml, *.konform-service.yml (or .yaml). Other YAML files in
/// a folder (CI configuration and the like) are not inputs.
bool is_service_definition_name(const std::filesystem::path& path);

/// The bytes of an input, or the reason they could not be read.
struct InputBytes {
  InputBuffer bytes;
  std::optional<std::string> error;  ///< set when reading failed
  bool too_large = false;            ///< set when the input exceeds the size limit
};

/// Reads a whole input; refuses inputs larger than `max_bytes` without reading them.
InputBytes read_input(const InputSource& input, std::size_t max_bytes);

}  // namespace konform
