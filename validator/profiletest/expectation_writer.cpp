#include "validator/profiletest/expectation_writer.h"

#include <fstream>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/core/xml_escape.h"
#include "validator/profiletest/comparison.h"

namespace konform::profiletest {

void write_expectation(const Expectation& previous, const InputResult& actual) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<expect xmlns=\"urn:konform:profile-test:1\" verdict=\"" << verdict_word(actual.verdict)
      << "\"";
  if (!previous.as_of.empty()) out << " asOf=\"" << previous.as_of << "\"";
  if (previous.include_info) out << " includeInfo=\"true\"";
  out << ">\n";
  for (const auto& finding : actual.findings) {
    if (finding.severity == Severity::kInfo && !previous.include_info) continue;
    out << "  <finding rule=\"" << xml_escape_attribute(finding.rule_id) << "\"";
    if (finding.location.line > 0) out << " line=\"" << finding.location.line << "\"";
    out << " severity=\"" << to_string(finding.severity) << "\"/>\n";
  }
  out << "</expect>\n";
  std::ofstream file(previous.file, std::ios::binary);
  if (!(file << out.str()) || !file.flush()) {
    throw ConfigError("cannot write the expectation file", previous.file.string())
        .with_german("die Erwartungsdatei kann nicht geschrieben werden");
  }
}

}  // namespace konform::profiletest
