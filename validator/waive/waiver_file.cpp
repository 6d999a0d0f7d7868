#include "validator/waive/waiver_file.h"

#include <pugixml.hpp>

#include <fstream>
#include <sstream>

#include "validator/core/sha256.h"
#include "validator/waive/waiver_schema.h"
#include "validator/xml/own_format.h"

namespace konform::waive {
namespace fs = std::filesystem;

WaiverFile read_waiver_file(const fs::path& file) {
  const std::string bytes = xml::read_own_file(file, "waiver file");
  static const auto schema =
      xml::SchemaSet::compile_embedded(embedded::waivers_1_xsd, "konform:xsd/waivers-1.xsd");
  pugi::xml_document document;
  const pugi::xml_node root =
      xml::valid_root(document, schema, bytes, file.string(), "waiver file", kWaiverNamespace);
  WaiverFile waivers{file.string(), {}, sha256_hex(bytes)};
  for (const auto& node : root.children("waiver")) {
    waivers.waivers.push_back({node.attribute("rule").value(), node.attribute("input").value(),
                               node.attribute("xpath").value(), node.attribute("reason").value(),
                               node.attribute("author").value(), node.attribute("expires").value(),
                               xml::line_at(bytes, node.offset_debug())});
  }
  return waivers;
}

}  // namespace konform::waive
