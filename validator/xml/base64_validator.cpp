#include "validator/xml/base64_validator.h"

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/validators/datatype/Base64BinaryDatatypeValidator.hpp>
#include <xercesc/validators/datatype/InvalidDatatypeValueException.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include "validator/xml/builtin_registry.h"
#include "validator/xsdtypes/base64.h"

namespace konform::xml {
namespace {

using namespace xercesc;

class FastBase64Validator
    : public ReplacementValidator<FastBase64Validator, Base64BinaryDatatypeValidator> {
 public:
  using ReplacementValidator::ReplacementValidator;

 protected:
  // Xerces-C asks checkValueSpace, then at once getLength, about the same text: within one
  // checkContent the length is computed once (an attachment is megabytes of base64).
  void checkContent(const XMLCh* const content, ValidationContext* const context, bool as_base,
                    MemoryManager* const manager) override {
    const Memo outer = memo_;
    memo_ = Memo{content, -1};
    try {
      Base64BinaryDatatypeValidator::checkContent(content, context, as_base, manager);
    } catch (...) {
      memo_ = outer;
      throw;
    }
    memo_ = outer;
  }
  void checkValueSpace(const XMLCh* const content, MemoryManager* const manager) override {
    if (content == nullptr || *content == 0) return;
    const long length = base64_decoded_length(content);
    if (length < 0) {
      ThrowXMLwithMemMgr1(InvalidDatatypeValueException, XMLExcepts::VALUE_Not_Base64, content,
                          manager);
    }
    if (memo_.content == content) memo_.length = length;
  }
  // As Xerces-C's: (XMLSize_t)-1 for text that is not base64; checkValueSpace has refused it.
  XMLSize_t getLength(const XMLCh* const content, MemoryManager* const) const override {
    if (content == nullptr || *content == 0) return 0;
    if (memo_.content == content && memo_.length >= 0) return static_cast<XMLSize_t>(memo_.length);
    return static_cast<XMLSize_t>(base64_decoded_length(content));
  }

 private:
  struct Memo {
    const XMLCh* content = nullptr;  // the text of the checkContent running on this thread
    long length = -1;                // its decoded length, once known
  };
  // Per thread: validators are shared by every reader of a sealed grammar pool.
  static thread_local Memo memo_;
};

thread_local FastBase64Validator::Memo FastBase64Validator::memo_;

}  // namespace

long base64_decoded_length(const XMLCh* text) {
  if (text == nullptr) return -1;
  return xsdtypes::base64_decoded_length(text, text + XMLString::stringLen(text));
}

void install_base64_validator() {
  replace_builtin<FastBase64Validator>(
      SchemaSymbols::fgDT_BASE64BINARY,
      Base64BinaryDatatypeValidator::classBase64BinaryDatatypeValidator);
}

}  // namespace konform::xml
