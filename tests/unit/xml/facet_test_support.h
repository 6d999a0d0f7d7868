// Shared by the tests of konform's own datatype validators (base64, pattern): a schema compiled
// from text both fresh and read back from its serialized grammar (the compiled-profile cache's
// path), and the findings for a document whose root <doc> holds `body`.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/input/read_error.h"
#include "validator/xml/resource_policy.h"
#include "validator/xml/schema_set.h"
#include "validator/xml/xml_reader.h"

namespace konform::test {

/// The schema `xsd` compiled, and the same read back from its serialized form.
inline std::array<std::shared_ptr<const xml::SchemaSet>, 2> compiled_and_restored(
    const std::string& name, const std::string& xsd) {
  const auto dir = output_dir(name);
  write_file(dir / "schema.xsd", xsd);
  std::string serialized;
  auto compiled =
      xml::SchemaSet::compile(dir / "schema.xsd", xml::ResourcePolicy({dir}, {}), &serialized);
  auto restored = xml::SchemaSet::deserialize(serialized, compiled->files());
  return {compiled, restored};
}

/// The findings for <doc xmlns="namespace_uri">body</doc>.
inline std::vector<ReadError> validate_doc(const std::shared_ptr<const xml::SchemaSet>& schema,
                                           const std::string& namespace_uri,
                                           const std::string& body) {
  xml::XmlReader reader(schema);
  std::vector<ReadError> findings;
  reader.read("<doc xmlns='" + namespace_uri + "'>" + body + "</doc>", "in.xml", nullptr, findings);
  return findings;
}

}  // namespace konform::test
