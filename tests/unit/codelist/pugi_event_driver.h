// Test-only: replays a document parsed by pugixml as XmlEventSink events, so the code-list sink
// can be tested on real messages without the production reader. Namespaces are resolved here
// (pugixml does not), positions are the 1-based line/column of each start tag's '<', computed
// from pugixml's byte offsets; element paths are offered to the sink as the reader offers them.
// Whitespace-only text is not reported (pugixml drops it).
#pragma once

#include <string_view>

#include "validator/input/xml_event_sink.h"

namespace konform::codelist::test {

/// Parses `text` and drives `sink`; throws std::runtime_error (with line/column) when the text
/// is not well-formed or uses an undeclared prefix.
void drive_events(std::string_view text, XmlEventSink& sink);

/// The 1-based line of the byte at `offset` in `text`, counted independently of the driver.
int line_at(std::string_view text, std::size_t offset);

}  // namespace konform::codelist::test
