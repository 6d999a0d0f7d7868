#include "validator/check/document_matcher.h"

namespace konform {

std::vector<const CompiledDocumentType*> match_document_types(const CompiledProfile& profile,
                                                              std::string_view namespace_uri,
                                                              std::string_view local_name) {
  std::vector<const CompiledDocumentType*> specific;
  std::vector<const CompiledDocumentType*> catch_all;
  for (const auto& type : profile.document_types) {
    if (!type.match.matches(namespace_uri, local_name)) continue;
    (type.match.any_root ? catch_all : specific).push_back(&type);
  }
  return specific.empty() ? catch_all : specific;
}

}  // namespace konform
