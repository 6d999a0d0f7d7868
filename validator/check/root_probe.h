// Finds an input's root element without reading the whole document: a hardened, non-validating
// read that stops at the first start tag. Problems before the root (not well-formed, DOCTYPE)
// come back as findings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validator/core/finding.h"
#include "validator/xml/xml_reader.h"

namespace konform {

struct RootElement {
  std::string namespace_uri;
  std::string local_name;
  TextPosition position;  ///< of the start tag, when the probe read it (0: unknown)
};

/// "{namespace}local", or "local" for an element in no namespace: how messages name a root.
std::string expanded_name(const RootElement& root);

/// The root element of `bytes`, or nullopt with the findings that explain why there is none;
/// `end`, when given, receives how the probe's read ended (kStopped once it saw the root).
std::optional<RootElement> probe_root(xml::XmlReader& reader, std::string_view bytes,
                                      const std::string& name, std::vector<Finding>& findings,
                                      xml::ReadEnd* end = nullptr);

}  // namespace konform
