#include "validator/importer/located_xml.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"

namespace konform::importer {

LocatedXml::LocatedXml(std::filesystem::path file) : file_(std::move(file)) {
  std::ifstream in(file_, std::ios::binary);
  if (!in)
    throw ConfigError("cannot read the file", file_.string()).with_german("Datei nicht lesbar");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  text_ = bytes.str();
  // No DOCTYPE processing: pugixml never loads DTDs or expands external entities.
  const auto parsed = document_.load_buffer(text_.data(), text_.size(), pugi::parse_default);
  if (!parsed) {
    const auto offset =
        std::min<std::size_t>(static_cast<std::size_t>(parsed.offset), text_.size());
    throw ConfigError(
        std::string("not well-formed XML: ") + parsed.description(), file_.string(),
        1 + static_cast<int>(std::count(text_.begin(),
                                        text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n')))
        .with_german(std::string("kein wohlgeformtes XML: ") + parsed.description());
  }
}

int LocatedXml::line(const pugi::xml_node& node) const {
  const auto offset =
      std::clamp<std::ptrdiff_t>(node.offset_debug(), 0, static_cast<std::ptrdiff_t>(text_.size()));
  return 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + offset, '\n'));
}

}  // namespace konform::importer
