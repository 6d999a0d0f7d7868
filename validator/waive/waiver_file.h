// A waiver file (konform-waivers.xml, schema xsd/waivers-1.xsd, namespace urn:konform:waivers:1)
// lists findings a team tolerates for a limited time: each waiver names a rule, the inputs (a
// path or glob), optionally a node, and says why, who decided and until when.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::waive {

/// The file `konform validate` looks for in the working folder.
inline constexpr const char* kWaiverFileName = "konform-waivers.xml";
inline constexpr const char* kWaiverNamespace = "urn:konform:waivers:1";

/// One <waiver> entry.
struct WaiverEntry {
  std::string rule;   ///< rule id of the findings it covers
  std::string input;  ///< input path or glob (see glob.h), as the report shows paths
  std::string xpath;  ///< empty: anywhere in the input; else this node and those below it
  std::string reason;
  std::string author;
  std::string expires;  ///< YYYY-MM-DD, the last day it applies
  int line = 0;         ///< where the waiver file says it
};

struct WaiverFile {
  std::string file;  ///< as given (for messages and the report)
  std::vector<WaiverEntry> waivers;
  std::string sha256 = {};  ///< of the bytes read: the report names exactly what was applied
};

/// Reads and validates a waiver file. Throws ConfigError at file:line:column when it cannot be
/// read or is not valid against xsd/waivers-1.xsd.
WaiverFile read_waiver_file(const std::filesystem::path& file);

}  // namespace konform::waive
