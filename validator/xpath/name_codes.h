// Name tests as integer compares. A document codes each expanded name it holds
// (xdm::Document::name_code); a compiled name test knows its name, not the code, which differs
// from document to document. Each distinct name a name test asks for gets a process-wide slot
// when the expression is compiled, and each evaluation thread keeps (in its DynamicContext) the
// codes of the current document by slot, looked up once per document and name.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "validator/xdm/document.h"

namespace konform::xpath {

inline constexpr std::uint32_t kNoNameSlot = 0xffffffffu;

/// The slot of {namespace_uri}local_name (the same slot for the same name, across expressions).
std::uint32_t name_slot(std::string_view namespace_uri, std::string_view local_name);

/// The codes of the named slots in one document at a time; not shared between threads.
class NameCodeCache {
 public:
  /// The code of slot's name in `document` (xdm::kNoNameCode when no node there has the name).
  xdm::NameCode code(std::uint32_t slot, const xdm::Document& document) {
    if (document.id() != document_id_) {
      document_id_ = document.id();
      codes_.clear();
    }
    if (slot >= codes_.size()) codes_.resize(slot + 1, kUnknown);
    if (codes_[slot] == kUnknown) codes_[slot] = look_up(slot, document);
    return codes_[slot];
  }

 private:
  static constexpr std::uint64_t kUnknown = ~std::uint64_t{0};
  static xdm::NameCode look_up(std::uint32_t slot, const xdm::Document& document);
  std::uint64_t document_id_ = 0;  // document ids start at 1
  std::vector<std::uint64_t> codes_;
};

}  // namespace konform::xpath
