// A YAML document as a small owned tree with the line and column of every key and value, read
// with yaml-cpp's event parser. Only what a service definition needs: mappings, sequences and
// scalars with their YAML 1.2 core-schema type. Aliases, duplicate keys, several documents and
// nesting deeper than a limit are refused as located problems instead of being expanded or
// silently resolved (an alias bomb expands a few bytes into gigabytes).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace konform::servicedef {

/// 1-based line and column in the YAML text.
struct YamlPosition {
  int line = 0;
  int column = 0;
};

struct YamlNode;

/// One mapping entry: the key's text and position, and its value.
struct YamlEntry {
  std::string key;
  YamlPosition position;
  std::unique_ptr<YamlNode> value;
};

struct YamlNode {
  enum class Kind { kScalar, kMap, kSequence };
  Kind kind = Kind::kScalar;
  YamlPosition position;
  std::string value;  ///< scalar text as YAML reads it
  /// Scalar type after the YAML 1.2 core schema: str, int, float, bool, null.
  std::string type;
  std::vector<YamlEntry> entries;                ///< mapping entries, in file order
  std::vector<std::unique_ptr<YamlNode>> items;  ///< sequence items, in file order

  /// The value of a mapping key, or null.
  const YamlNode* find(std::string_view key) const;
};

/// A problem found while reading, located in the YAML text.
struct YamlProblem {
  YamlPosition position;
  std::string message;
  std::string message_de;
};

struct YamlDocument {
  std::unique_ptr<YamlNode> root;  ///< null when the text could not be read
  std::vector<YamlProblem> problems;
};

struct YamlLimits {
  int max_depth = 64;  ///< nesting of collections
  std::size_t max_nodes = 1000000;
};

/// Reads YAML text (UTF-8). A syntax error leaves `root` null; other problems (duplicate keys,
/// aliases, further documents) are reported while the rest of the document is kept.
YamlDocument read_yaml(std::string_view text, const YamlLimits& limits = {});

/// The YAML 1.2 core-schema type of a plain (unquoted) scalar: null, bool, int, float or str.
std::string_view core_schema_type(std::string_view plain);

}  // namespace konform::servicedef
