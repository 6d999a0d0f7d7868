// The Schematron source as one tree: each .sch file is parsed with pugixml into SchNodes (element
// names resolved to namespace URI + local name, text kept verbatim), and every sch:include is
// replaced by the root element of the file it names, so later stages never see includes.
//
// Include policy (rule sets are configuration, not trusted code): an href must be a relative path
// without scheme or fragment; it is resolved against the including file's folder and, after
// resolving symbolic links, must lie inside the root folder the caller gives — unless the caller
// trusts the rule set as xmllint trusts its arguments (ad-hoc mode: Includes::kLocalFileSystem),
// when it may lead anywhere on the local file system. Anything else, a missing file, an include
// cycle or a DOCTYPE is a SchemaError located at the include element.
// Each node remembers its file and byte offset, so errors can be reported with line and column.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "validator/input/xml_event_sink.h"

namespace konform::schematron {

inline constexpr std::string_view kSchematronNs = "http://purl.oclc.org/dsdl/schematron";
/// konform's foreign attributes on Schematron elements (ISO/IEC 19757-3 allows attributes of
/// other namespaces everywhere): konform:title and konform:title-de on assert and report.
inline constexpr std::string_view kKonformSchematronNs = "urn:konform:schematron:1";
inline constexpr std::string_view kXslNs = "http://www.w3.org/1999/XSL/Transform";

/// One loaded .sch file: its text (for offset -> line/column) and the name used in messages.
struct SourceFile {
  std::filesystem::path path;
  std::string display_name;
  std::string text;
  std::vector<std::size_t> line_starts;  // byte offset of each line's first character

  SourceFile(std::filesystem::path file_path, std::string name, std::string content);
  /// 1-based line and column (column in characters) of a byte offset.
  TextPosition position(std::size_t offset) const;
  /// Byte offset of the first character of attribute `qname`'s value in the start tag that begins
  /// at `element_offset`; nullopt when it cannot be found.
  std::optional<std::size_t> attribute_value_offset(std::size_t element_offset,
                                                    std::string_view qname) const;
  /// Advances `chars` characters (UTF-8) from `offset`; entity references count as one.
  std::size_t advance(std::size_t offset, std::size_t chars) const;
};

/// An element or text node of the expanded source tree.
struct SchNode {
  bool is_text = false;
  std::string text;  // text nodes: the character data
  std::string ns;    // elements: namespace URI, local name and lexical name
  std::string local;
  std::string qname;
  std::vector<std::pair<std::string, std::string>> attributes;  // lexical name -> value
  std::vector<SchNode> children;
  /// In-scope namespace declarations (prefix -> URI; "" = default namespace).
  std::shared_ptr<const std::map<std::string, std::string>> namespaces;
  std::shared_ptr<const SourceFile> file;
  std::size_t offset = 0;  // of the start tag's '<'

  bool is(std::string_view ns_uri, std::string_view local_name) const {
    return !is_text && ns == ns_uri && local == local_name;
  }
  bool is_sch(std::string_view local_name) const { return is(kSchematronNs, local_name); }
  const std::string* attribute(std::string_view name) const;
  std::string attribute_or(std::string_view name, std::string fallback = {}) const;
  /// The value of the attribute `local_name` in namespace `ns_uri`, whatever prefix the source
  /// binds to it; empty when there is none.
  std::string namespaced_attribute(std::string_view ns_uri, std::string_view local_name) const;
  void set_attribute(std::string_view name, std::string value);
};

/// How far includes may lead.
enum class Includes {
  kInsideRoot,       ///< only files inside the root (a profile's rule sets)
  kLocalFileSystem,  ///< any local file; the root only names them (ad-hoc mode)
};

class SourceLoader {
 public:
  /// Includes must resolve inside `root` (which must exist) unless `reach` says otherwise; files
  /// are named relative to it.
  explicit SourceLoader(std::filesystem::path root, Includes reach = Includes::kInsideRoot);

  /// Loads `file` (display name `display_name`, or its path relative to the root when empty).
  SchNode load_file(const std::filesystem::path& file, std::string display_name = {});
  /// Loads in-memory text; includes resolve against `base_folder` (inside the root).
  SchNode load_text(std::string text, std::string display_name,
                    const std::filesystem::path& base_folder);

  /// Every file read so far (the loaded file, then each include as it was met, recursively),
  /// canonical, each once: what a hash of the rule set must cover.
  const std::vector<std::filesystem::path>& files_read() const { return files_read_; }

 private:
  SchNode parse(std::shared_ptr<const SourceFile> file);
  std::string display_name_for(const std::filesystem::path& canonical) const;
  void remember_read(const std::filesystem::path& canonical);

  std::filesystem::path root_;
  Includes reach_;
  std::vector<std::filesystem::path> include_stack_;
  std::vector<std::filesystem::path> files_read_;
};

/// Throws a SchemaError located at `node` (or at its attribute's value when `attribute` is given,
/// moved on by `chars_into_value` characters).
[[noreturn]] void fail_at(const SchNode& node, const std::string& code, const std::string& message,
                          std::string_view attribute = {}, std::size_t chars_into_value = 0);

}  // namespace konform::schematron
