// The XML view of a service definition: the stable mapping of YAML onto XML that the XSD and
// the Schematron rules see (documented in xsd/service-definition.md). The view is written one
// element per line, and for every line it remembers where in the YAML that element came from,
// so findings of the XML stages can be moved back onto the YAML file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "validator/servicedef/yaml_tree.h"

namespace konform::servicedef {

inline constexpr std::string_view kNamespace = "urn:konform:service-definition:1";

/// Where one line of the view comes from.
struct ViewOrigin {
  YamlPosition position;  ///< in the service definition itself
  std::string yaml_path;  ///< e.g. publiccode.maintenance.contractors[1].until
  /// For nodes read from a referenced publiccode.yml: that file (as written in the definition)
  /// and the position there; `position` is then the `publiccode:` key.
  std::string file;
  YamlPosition file_position;
};

struct XmlView {
  std::string xml;
  std::vector<ViewOrigin> lines;  ///< lines[i] describes line i + 1 of `xml`

  /// The origin of a 1-based view line (the closest known line for anything out of range).
  const ViewOrigin& origin_of(int line) const;
};

/// Content the view needs besides the definition's own tree.
struct ReferencedPubliccode {
  std::string path;                ///< as written after `publiccode:`
  const YamlNode* root = nullptr;  ///< its mapping; null when it could not be read
};

/// Writes the view of a definition whose root is a mapping. `publiccode_shape` is true for a
/// plain publiccode.yml (its keys go under <publiccode>). Characters XML cannot carry are
/// replaced by U+FFFD and reported in `problems`.
XmlView write_view(const YamlNode& root, bool publiccode_shape,
                   const ReferencedPubliccode& referenced, std::vector<YamlProblem>& problems);

/// Whether `name` can be an element name of the view (an ASCII NCName not starting with "xml").
bool is_view_name(std::string_view name);

}  // namespace konform::servicedef
