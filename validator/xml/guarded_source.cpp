#include "validator/xml/guarded_source.h"

#include <xercesc/util/BinInputStream.hpp>

#include <algorithm>
#include <cstring>

namespace konform::xml {
namespace {

using namespace xercesc;

class GuardedStream : public BinInputStream {
 public:
  GuardedStream(std::string_view bytes, MarkupLimits limits,
                std::optional<MarkupStop>& refused_at_start)
      : bytes_(bytes), guard_(bytes, limits), refused_at_start_(refused_at_start) {}

  XMLFilePos curPos() const override { return position_; }

  XMLSize_t readBytes(XMLByte* const to_fill, const XMLSize_t max_to_read) override {
    std::size_t end = std::min(bytes_.size(), position_ + static_cast<std::size_t>(max_to_read));
    if (const auto stop = guard_.scan_to(end)) {
      end = std::min(end, stop->offset);
      if (end <= position_ && position_ == 0) {
        refused_at_start_ = *stop;  // see guarded_source.h: no throw while Xerces constructs
        return 0;
      }
      if (end <= position_) throw MarkupLimitReached{*stop};
    }
    const std::size_t served = end - position_;
    if (served > 0) std::memcpy(to_fill, bytes_.data() + position_, served);
    position_ = end;
    return served;
  }

  const XMLCh* getContentType() const override { return nullptr; }

 private:
  std::string_view bytes_;
  MarkupGuard guard_;
  std::optional<MarkupStop>& refused_at_start_;
  std::size_t position_ = 0;
};

}  // namespace

GuardedMemorySource::GuardedMemorySource(std::string_view bytes, const XMLCh* system_id,
                                         MarkupLimits limits)
    : InputSource(system_id), bytes_(bytes), limits_(limits) {}

BinInputStream* GuardedMemorySource::makeStream() const {
  return new GuardedStream(bytes_, limits_, refused_at_start_);
}

}  // namespace konform::xml
