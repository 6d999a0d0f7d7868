#include "validator/xml/base64_validator.h"

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/validators/datatype/Base64BinaryDatatypeValidator.hpp>
#include <xercesc/validators/datatype/InvalidDatatypeValueException.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include <array>

#include "validator/xml/builtin_registry.h"

namespace konform::xml {
namespace {

using namespace xercesc;

/// 0-63 for a base64 character, -1 for anything else (padding included).
constexpr int sextet(XMLCh c) {
  if (c >= u'A' && c <= u'Z') return c - u'A';
  if (c >= u'a' && c <= u'z') return c - u'a' + 26;
  if (c >= u'0' && c <= u'9') return c - u'0' + 52;
  if (c == u'+') return 62;
  if (c == u'/') return 63;
  return -1;
}

/// Whether an ASCII character is one of the 64 (padding is not).
constexpr auto kIsBase64 = [] {
  std::array<bool, 0x80> table{};
  for (int c = 0; c < 0x80; ++c) table[c] = sextet(static_cast<XMLCh>(c)) >= 0;
  return table;
}();

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
  if (text == nullptr || *text == 0 || *text == u' ') return -1;
  // One pass: base64 characters are counted in a tight loop (attachments are long runs of them);
  // spaces and padding are rare and handled one by one. Only the last quad's third and fourth
  // character may be padding, so the first padding's position is kept.
  long count = 0;
  long first_pad = -1;
  const XMLCh* p = text;
  for (;;) {
    while (*p < 0x80 && kIsBase64[*p]) {
      ++p;
      ++count;
    }
    if (*p == 0) break;
    if (*p == u' ') {
      if (p[1] == u' ' || p[1] == 0) return -1;  // collapsed text: single inner spaces only
    } else if (*p == u'=') {
      if (first_pad < 0) first_pad = count;
      ++count;
    } else {
      return -1;
    }
    ++p;
  }
  if (count % 4 != 0) return -1;
  if (first_pad >= 0 && first_pad < count - 2) return -1;
  // The last quad, read backwards over the spaces.
  XMLCh quad[4];
  for (int i = 3; i >= 0; --i) {
    do --p;
    while (*p == u' ');
    quad[i] = *p;
  }
  const long full = count / 4 * 3;
  if (quad[3] != u'=') return quad[2] == u'=' ? -1 : full;                   // "ab=c" is not base64
  if (quad[2] == u'=') return (sextet(quad[1]) & 0xF) == 0 ? full - 2 : -1;  // "ab==": 4 bits
  return (sextet(quad[2]) & 0x3) == 0 ? full - 1 : -1;                       // "abc=": 2 bits
}

void install_base64_validator() {
  replace_builtin<FastBase64Validator>(
      SchemaSymbols::fgDT_BASE64BINARY,
      Base64BinaryDatatypeValidator::classBase64BinaryDatatypeValidator);
}

}  // namespace konform::xml
