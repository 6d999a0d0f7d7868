// The hardened reader for messages: one streaming pass that checks well-formedness and, when
// given a SchemaSet, XSD validity, recording every problem as a located ReadError (plain data: the
// rule catalogue makes findings of them, rules/read_error_finding.h) and feeding the document's
// events to an optional XmlEventSink. Messages may not carry a DOCTYPE, may not refer to anything
// external, and their own schemaLocation hints are ignored: only the profile decides which schema
// applies.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "validator/core/excerpt.h"
#include "validator/core/limits.h"
#include "validator/core/read_end.h"
#include "validator/input/read_error.h"
#include "validator/input/xml_event_sink.h"
#include "validator/xml/schema_set.h"

namespace konform::xml {

/// How one read ended (core/read_end.h: the check stage keeps it in the input's result).
using ReadEnd = konform::ReadEnd;

struct ReadOutcome {
  ReadEnd end = ReadEnd::kAborted;
  std::string abort_reason;  ///< for kAborted
  int xsd_errors = 0;        ///< validity errors reported (including those not listed)
  bool saw_root = false;     ///< the root element's start tag was read
  std::string root_namespace;
  std::string root_local_name;
};

/// Safety and volume limits of one read.
struct ReaderLimits {
  /// Further XSD errors are counted and summarised, never dropped silently.
  int max_findings = limits::kMaxFindings;
  /// Deeper element nesting ends the read with a kLimitReached error (XÖV messages stay far below;
  /// the limit keeps paths, stacks and validator state bounded on hostile input).
  int max_depth = limits::kMaxDepth;
  /// More attributes on one element end the read with a kLimitReached error.
  int max_attributes = limits::kMaxAttributes;
  /// A longer attribute value (in characters) ends the read with a kLimitReached error.
  std::size_t max_attribute_size = limits::kMaxAttributeSize;
  /// How much of the message's own text (values in Xerces' messages) errors may quote.
  ExcerptPolicy excerpts{};
};

/// Reads messages; one instance per thread, reused across documents (the Xerces parser and its
/// buffers are built once). Not thread-safe; the SchemaSet it validates against is shared.
class XmlReader {
 public:
  /// `schemas` may be null: then only well-formedness is checked.
  explicit XmlReader(std::shared_ptr<const SchemaSet> schemas, ReaderLimits limits = {});
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  /// Reads `bytes` (named `name` in messages), appending what it found wrong to `errors`.
  ReadOutcome read(std::string_view bytes, const std::string& name, XmlEventSink* sink,
                   std::vector<ReadError>& errors);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace konform::xml
