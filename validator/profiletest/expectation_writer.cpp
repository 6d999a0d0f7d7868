#include "validator/profiletest/expectation_writer.h"

#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/core/xml_writer.h"
#include "validator/profiletest/comparison.h"

namespace konform::profiletest {

void write_expectation(const Expectation& previous, const InputResult& actual) {
  std::ostringstream out;
  XmlWriter xml(out);
  xml.declaration();
  {
    const XmlWriter::Element expect(xml, "expect", XmlWriter::WhenEmpty::kOpenAndClose);
    xml.namespace_declaration("urn:konform:profile-test:1");
    xml.attribute("verdict", verdict_word(actual.verdict));
    xml.optional_attribute("asOf", previous.as_of);
    if (previous.include_info) xml.attribute("includeInfo", "true");
    for (const auto& finding : actual.findings) {
      if (finding.severity == Severity::kInfo && !previous.include_info) continue;
      const XmlWriter::Element element(xml, "finding");
      xml.attribute("rule", finding.rule_id);
      if (finding.location.line > 0) xml.attribute("line", std::to_string(finding.location.line));
      xml.attribute("severity", to_string(finding.severity));
    }
  }
  xml.finish();
  std::ofstream file(previous.file, std::ios::binary);
  if (!(file << out.str()) || !file.flush()) {
    throw ConfigError("cannot write the expectation file", previous.file.string())
        .with_german("die Erwartungsdatei kann nicht geschrieben werden");
  }
}

}  // namespace konform::profiletest
