// Name tests as integer compares. A document codes each expanded name it holds
// (xdm::Document::name_code); a compiled name test knows its name, not the code, which differs
// from document to document. Each distinct name a name test asks for gets a process-wide slot
// when the expression is compiled, and each evaluation thread keeps (in its DynamicContext) the
// codes of the current document by slot, looked up once per document and name: one probe of the
// document's hash table with the hash the slot keeps, without a lock (slots never change once
// handed out).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "validator/xdm/document.h"

namespace konform::xpath {

inline constexpr std::uint32_t kNoNameSlot = 0xffffffffu;

/// The slot of {namespace_uri}local_name (the same slot for the same name, across expressions).
/// Thread-safe.
std::uint32_t name_slot(std::string_view namespace_uri, std::string_view local_name);

/// The codes of the named slots in one document at a time; not shared between threads.
class NameCodeCache {
 public:
  /// The code of slot's name in `document` (xdm::kNoNameCode when no node there has the name).
  xdm::NameCode code(std::uint32_t slot, const xdm::Document& document) {
    if (document.id() == document_id_ && slot < codes_.size() && codes_[slot] != kUnknown) {
      return codes_[slot];
    }
    return look_up(slot, document);
  }

 private:
  static constexpr xdm::NameCode kUnknown = xdm::kNoNameCode - 1;
  /// Looks slot's code up in `document` and keeps it (forgetting the codes of another document).
  xdm::NameCode look_up(std::uint32_t slot, const xdm::Document& document);
  std::uint64_t document_id_ = 0;  // document ids start at 1
  std::vector<xdm::NameCode> codes_;
};

}  // namespace konform::xpath
