// What fn:doc(), fn:doc-available() and fn:collection() may return. The XPath engine reads no file
// and no network itself: a caller that wants rules to see other documents hands the dynamic context
// a source that knows which ones exist (konform: the current run's input set,
// check/input_set_documents.h). Without a source, doc() and collection() raise FODC0002 and
// doc-available() is false.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "validator/xdm/document.h"

namespace konform::xpath {

class DocumentSource {
 public:
  /// Why a reference was refused, in English and German, for the FODC0002 error.
  struct Refusal {
    std::string en;
    std::string de;
  };

  virtual ~DocumentSource() = default;
  /// The document `uri` names, resolved against `base_uri` (the base URI of the document the
  /// calling expression is evaluated on), or nullptr with `refusal` saying why. A source may
  /// load documents lazily and must keep the ones it returned alive while it lives.
  virtual const xdm::Document* find(std::string_view uri, std::string_view base_uri,
                                    Refusal& refusal) = 0;
  /// Every document of the set, in a stable order, for fn:collection(); false with `refusal`
  /// when one cannot be read (a collection that left it out would let a rule pass on a
  /// document it never saw).
  virtual bool all(std::vector<const xdm::Document*>& documents, Refusal& refusal) = 0;
};

}  // namespace konform::xpath
