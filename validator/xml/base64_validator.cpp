#include "validator/xml/base64_validator.h"

#include <string>

#include <xercesc/internal/XSerializeEngine.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/validators/datatype/Base64BinaryDatatypeValidator.hpp>
#include <xercesc/validators/datatype/InvalidDatatypeValueException.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include "validator/xml/builtin_registry.h"
#include "validator/xsdtypes/base64.h"

namespace konform::xml {
namespace {

using namespace xercesc;

/// `text` whitespace-collapsed (XML Schema Part 2 §4.3.6); empty for null.
std::u16string collapsed(const XMLCh* text) {
  std::u16string out;
  bool space = false;
  for (; text != nullptr && *text != 0; ++text) {
    if (xsdtypes::is_xml_space(*text)) {
      space = !out.empty();
      continue;
    }
    if (space) out += u' ';
    space = false;
    out += *text;
  }
  return out;
}

class FastBase64Validator
    : public ReplacementValidator<FastBase64Validator, Base64BinaryDatatypeValidator> {
 public:
  // The text is checked as it stands, not whitespace-collapsed (xs:base64Binary's facet): Xerces-C
  // would otherwise collapse every attachment first, one character at a time into a second
  // buffer (a quarter of the instructions of XSD-checking XRechnung's test invoices), only for
  // the check to skip the spaces again. What the value is does not change.
  explicit FastBase64Validator(MemoryManager* manager) : ReplacementValidator(manager) {
    setWhiteSpace(PRESERVE);
  }
  FastBase64Validator(DatatypeValidator* base, RefHashTableOf<KVStringPair>* facets,
                      RefArrayVectorOf<XMLCh>* enums, int final_set, MemoryManager* manager)
      : ReplacementValidator(base, facets, enums, final_set, manager) {
    setWhiteSpace(PRESERVE);
  }
  // A type read back from the compiled-profile cache, also one an older konform wrote.
  void serialize(XSerializeEngine& engine) override {
    Base64BinaryDatatypeValidator::serialize(engine);
    if (engine.isLoading()) setWhiteSpace(PRESERVE);
  }
  // Values compared (fixed values, identity constraints) are compared collapsed, as before.
  int compare(const XMLCh* const left, const XMLCh* const right,
              MemoryManager* const manager) override {
    const std::u16string left_collapsed = collapsed(left);
    return Base64BinaryDatatypeValidator::compare(left_collapsed.c_str(), collapsed(right).c_str(),
                                                  manager);
  }

 protected:
  // Xerces-C asks checkValueSpace, then at once getLength, about the same text: within one
  // checkContent the length is computed once (an attachment is megabytes of base64).
  void checkContent(const XMLCh* const given, ValidationContext* const context, bool as_base,
                    MemoryManager* const manager) override {
    // A pattern is matched against the collapsed text, as before; the lexical check and the
    // length facets do not need it collapsed.
    std::u16string copy;
    const XMLCh* content = given;
    if (getRegex() != nullptr && given != nullptr) {
      copy = collapsed(given);
      content = copy.c_str();
    }
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
  return xsdtypes::base64_decoded_length_uncollapsed(text);
}

void install_base64_validator() {
  replace_builtin<FastBase64Validator>(
      SchemaSymbols::fgDT_BASE64BINARY,
      Base64BinaryDatatypeValidator::classBase64BinaryDatatypeValidator);
}

}  // namespace konform::xml
