#include "validator/xml/any_uri_validator.h"

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/validators/datatype/AnyURIDatatypeValidator.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "validator/xml/builtin_registry.h"

namespace konform::xml {
namespace {

using namespace xercesc;

/// The texts this thread has seen pass Xerces-C's anyURI check. Bounded: a message with many
/// distinct URIs empties it rather than growing it without end.
class PassedUris {
 public:
  bool contains(std::u16string_view text) const { return passed_.contains(text); }
  void add(std::u16string_view text) {
    if (text.size() > kLongest) return;
    if (passed_.size() >= kMostEntries) passed_.clear();
    passed_.emplace(text);
  }

 private:
  static constexpr std::size_t kLongest = 512;
  static constexpr std::size_t kMostEntries = 4096;

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u16string_view text) const {
      return std::hash<std::u16string_view>{}(text);
    }
  };
  std::unordered_set<std::u16string, Hash, std::equal_to<>> passed_;
};

class RememberingAnyUriValidator
    : public ReplacementValidator<RememberingAnyUriValidator, AnyURIDatatypeValidator> {
 public:
  using ReplacementValidator::ReplacementValidator;

 protected:
  void checkValueSpace(const XMLCh* const content, MemoryManager* const manager) override {
    if (content == nullptr) return AnyURIDatatypeValidator::checkValueSpace(content, manager);
    const std::u16string_view text(content);
    thread_local PassedUris passed;
    if (passed.contains(text)) return;
    AnyURIDatatypeValidator::checkValueSpace(content, manager);  // throws when not valid
    passed.add(text);
  }
};

}  // namespace

void install_any_uri_validator() {
  replace_builtin<RememberingAnyUriValidator>(
      SchemaSymbols::fgDT_ANYURI, AnyURIDatatypeValidator::classAnyURIDatatypeValidator);
}

}  // namespace konform::xml
