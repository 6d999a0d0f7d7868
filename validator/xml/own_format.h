// konform's own file formats (lock files, waiver files) are read like manifests: first validated
// against the format's schema with the hardened reader, so a malformed file is a configuration
// error located at file:line:column before anything is taken from it.
#pragma once

#include <pugixml.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "validator/xml/schema_set.h"

namespace konform::xml {

/// The bytes of one of konform's own files; throws ConfigError "cannot read <what>".
std::string read_own_file(const std::filesystem::path& file, std::string_view what);

/// Throws ConfigError "invalid <what>: <problem>" at the first error in `bytes` (named `file`).
void require_valid(const std::shared_ptr<const SchemaSet>& schema, std::string_view bytes,
                   const std::string& file, std::string_view what);

/// The root element of `bytes` (named `file`, a `what`), parsed into `document` once
/// require_valid has passed it. Throws ConfigError "<what> could not be read", or "<what> must use
/// the default namespace <default_namespace>" at the root's line: the schema accepts a prefixed
/// root, the readers that take names from pugixml's qualified names do not.
pugi::xml_node valid_root(pugi::xml_document& document,
                          const std::shared_ptr<const SchemaSet>& schema, std::string_view bytes,
                          const std::string& file, std::string_view what,
                          std::string_view default_namespace);

/// The 1-based line of byte `offset` in `bytes` (for errors found after validation).
int line_at(std::string_view bytes, std::ptrdiff_t offset);

}  // namespace konform::xml
