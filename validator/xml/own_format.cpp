#include "validator/xml/own_format.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "validator/core/config_error.h"
#include "validator/xml/xml_reader.h"

namespace konform::xml {

std::string read_own_file(const std::filesystem::path& file, std::string_view what) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) throw ConfigError("cannot read " + std::string(what), file.string());
  std::ostringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

void require_valid(const std::shared_ptr<const SchemaSet>& schema, std::string_view bytes,
                   const std::string& file, std::string_view what) {
  XmlReader reader(schema);
  std::vector<ReadError> errors;
  reader.read(bytes, file, nullptr, errors);
  for (const auto& error : errors) {
    if (error.severity == Severity::kError) {
      throw ConfigError("invalid " + std::string(what) + ": " + error.message, file,
                        error.location.line, error.location.column);
    }
  }
}

pugi::xml_node valid_root(pugi::xml_document& document,
                          const std::shared_ptr<const SchemaSet>& schema, std::string_view bytes,
                          const std::string& file, std::string_view what,
                          std::string_view default_namespace) {
  require_valid(schema, bytes, file, what);
  if (!document.load_buffer(bytes.data(), bytes.size())) {
    throw ConfigError(std::string(what) + " could not be read", file);
  }
  const pugi::xml_node root = document.document_element();
  if (std::string_view(root.attribute("xmlns").value()) != default_namespace) {
    throw ConfigError(
        std::string(what) + " must use the default namespace " + std::string(default_namespace),
        file, line_at(bytes, root.offset_debug()));
  }
  return root;
}

int line_at(std::string_view bytes, std::ptrdiff_t offset) {
  const auto end =
      std::min(bytes.size(), static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, offset)));
  return 1 + static_cast<int>(
                 std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

}  // namespace konform::xml
