// A message held in memory as a Xerces InputSource whose stream runs the MarkupGuard over each
// chunk before Xerces gets it. Xerces receives the bytes up to the first construct over a limit
// (so it still reports what it finds before it); asked for more, the stream throws
// MarkupLimitReached, which leaves Xerces' parse() like the reader's other stop signals.
// Except at the first byte: Xerces reads the first chunk while it constructs its reader and leaks
// what it has allocated if that throws, so a document refused at its start reads as empty, and
// refused_at_start() tells why.
#pragma once

#include <xercesc/sax/InputSource.hpp>

#include <optional>
#include <string_view>

#include "validator/xml/markup_guard.h"

namespace konform::xml {

/// Thrown out of Xerces' parse() when the guard stopped the read.
struct MarkupLimitReached {
  MarkupStop stop;
};

class GuardedMemorySource : public xercesc::InputSource {
 public:
  /// `bytes` must outlive the source and every stream it makes.
  GuardedMemorySource(std::string_view bytes, const XMLCh* system_id, MarkupLimits limits);
  xercesc::BinInputStream* makeStream() const override;
  /// Set when the guard refused the document at its first byte; the parse then saw no bytes.
  const std::optional<MarkupStop>& refused_at_start() const { return refused_at_start_; }

 private:
  std::string_view bytes_;
  MarkupLimits limits_;
  mutable std::optional<MarkupStop> refused_at_start_;
};

}  // namespace konform::xml
