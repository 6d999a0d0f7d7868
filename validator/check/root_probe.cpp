#include "validator/check/root_probe.h"

#include "validator/check/read_with_findings.h"

namespace konform {
namespace {

/// Records the root element and stops the parse right there.
class RootSink : public XmlEventSink {
 public:
  void start_element(const ElementStart& element) override {
    root = RootElement{std::string(element.namespace_uri), std::string(element.local_name),
                       element.position};
    throw StopReading{};
  }
  std::optional<RootElement> root;
};

}  // namespace

std::optional<RootElement> probe_root(xml::XmlReader& reader, std::string_view bytes,
                                      const std::string& name, std::vector<Finding>& findings,
                                      xml::ReadEnd* end) {
  RootSink sink;
  const xml::ReadOutcome outcome = read_with_findings(reader, bytes, name, &sink, findings);
  if (end != nullptr) *end = outcome.end;
  return sink.root;
}

std::string expanded_name(const RootElement& root) {
  return root.namespace_uri.empty() ? root.local_name
                                    : "{" + root.namespace_uri + "}" + root.local_name;
}

}  // namespace konform
