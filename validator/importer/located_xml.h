// An XML file read for import, with the line of any node (pugixml keeps byte offsets only), so
// every import error can name file and line.
#pragma once

#include <pugixml.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace konform::importer {

/// The local part of a lexical element name ("xs:include" -> "include"); pugixml keeps names as
/// written.
inline std::string_view local_name(std::string_view qname) {
  const auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

class LocatedXml {
 public:
  /// Reads and parses `file`; throws ConfigError (file, line) when it is not well-formed XML.
  explicit LocatedXml(std::filesystem::path file);

  const pugi::xml_document& document() const { return document_; }
  const std::filesystem::path& file() const { return file_; }
  /// 1-based line of the node's start.
  int line(const pugi::xml_node& node) const;

 private:
  std::filesystem::path file_;
  std::string text_;
  pugi::xml_document document_;
};

}  // namespace konform::importer
