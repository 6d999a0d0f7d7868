#include "validator/profiletest/expectation.h"

#include <pugixml.hpp>

#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/core/xml_space.h"
#include "validator/profile/embedded_schemas.h"
#include "validator/xml/own_format.h"
#include "validator/xml/xml_reader.h"

namespace konform::profiletest {
namespace fs = std::filesystem;

namespace {

/// xs:token and xs:date values may carry surrounding whitespace; the schema collapses it.
std::string collapsed(const pugi::xml_attribute& attribute) {
  return std::string(trim_xml_space(attribute.value()));
}

}  // namespace

Expectation load_expectation(const fs::path& file) {
  // Validated with the same hardened reader that checks messages, so a typo in an expectation
  // is a located error rather than a silently ignored attribute.
  static const auto schema = xml::SchemaSet::compile_embedded(embedded::profile_test_1_xsd,
                                                              "konform:xsd/profile-test-1.xsd");
  const std::string bytes = xml::read_own_file(file, "expectation file");
  xml::require_valid(schema, bytes, file.string(), "expectation file");
  pugi::xml_document doc;
  if (!doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default)) {
    throw ConfigError("expectation file could not be read", file.string());
  }
  // Valid against the schema, so the root is {urn:konform:profile-test:1}expect, whatever
  // prefix it uses; pugixml sees qualified names, hence the local names below.
  auto local = [](const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
  };
  auto root = doc.document_element();
  Expectation out;
  out.file = file;
  out.verdict = collapsed(root.attribute("verdict"));
  out.as_of = collapsed(root.attribute("asOf"));
  const std::string include_info = collapsed(root.attribute("includeInfo"));
  out.include_info = include_info == "true" || include_info == "1";
  for (auto node : root.children()) {
    if (node.type() != pugi::node_element || local(node) != "finding") continue;
    ExpectedFinding expected;
    expected.rule = collapsed(node.attribute("rule"));
    expected.line = node.attribute("line").as_int(0);
    if (auto severity = node.attribute("severity")) {
      expected.severity = parse_severity(collapsed(severity));
    }
    out.findings.push_back(std::move(expected));
  }
  return out;
}

fs::path expectation_path(const fs::path& sample) {
  fs::path out = sample;
  out += std::string(kExpectSuffix);
  return out;
}

}  // namespace konform::profiletest
