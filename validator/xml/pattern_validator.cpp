#include "validator/xml/pattern_validator.h"

#include <xercesc/internal/XSerializeEngine.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/validators/datatype/InvalidDatatypeValueException.hpp>
#include <xercesc/validators/datatype/StringDatatypeValidator.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>

#include "validator/regex/translate.h"
#include "validator/xml/builtin_registry.h"
#include "validator/xml/utf.h"

namespace konform::xml {
namespace {

using namespace xercesc;

/// An XSD pattern as an XPath regex: ^ and $ outside character classes are ordinary characters
/// in XSD (XML Schema Part 2, Appendix F), anchors in XPath.
std::string as_xpath_regex(std::string_view xsd) {
  std::string out;
  out.reserve(xsd.size() + 8);
  int class_depth = 0;
  for (std::size_t i = 0; i < xsd.size(); ++i) {
    const char c = xsd[i];
    if (c == '\\' && i + 1 < xsd.size()) {
      out += c;
      out += xsd[++i];
      continue;
    }
    if (c == '[') ++class_depth;
    if (c == ']' && class_depth > 0) --class_depth;
    if (class_depth == 0 && (c == '^' || c == '$')) out += '\\';
    out += c;
  }
  return out;
}

/// checkContent is protected in Xerces-C, and C++ lets a class call a protected member only on its
/// own kind of object; a pointer to the member, formed in a derived class, may be used on any.
struct CheckContent : AbstractStringValidator {
  static constexpr auto member = &CheckContent::checkContent;
};

class FastStringValidator
    : public ReplacementValidator<FastStringValidator, StringDatatypeValidator> {
 public:
  explicit FastStringValidator(MemoryManager* manager) : ReplacementValidator(manager) {}
  FastStringValidator(DatatypeValidator* base, RefHashTableOf<KVStringPair>* facets,
                      RefArrayVectorOf<XMLCh>* enums, int final_set, MemoryManager* manager)
      : ReplacementValidator(base, facets, enums, final_set, manager) {
    compile_pattern();
  }

  // Stored as a StringDatatypeValidator; read back as this class (install_pattern_validator()
  // points Xerces-C's factory for that class here), with its pattern compiled again.
  void serialize(XSerializeEngine& engine) override {
    StringDatatypeValidator::serialize(engine);
    if (engine.isLoading()) compile_pattern();
  }

 protected:
  // AbstractStringValidator::checkContent (Xerces-C 3.2.4), step by step, with the pattern
  // matched by RE2 when it could be translated.
  void checkContent(const XMLCh* const content, ValidationContext* const context, bool as_base,
                    MemoryManager* const manager) override {
    // The base may be Xerces-C's own (a type read back from the cache whose base is a built-in).
    if (auto* base = static_cast<AbstractStringValidator*>(getBaseValidator())) {
      (base->*CheckContent::member)(content, context, true, manager);
    }
    const int facets = getFacetsDefined();
    if ((facets & DatatypeValidator::FACET_PATTERN) != 0 && !pattern_matches(content, manager)) {
      ThrowXMLwithMemMgr2(InvalidDatatypeValueException, XMLExcepts::VALUE_NotMatch_Pattern,
                          content, getPattern(), manager);
    }
    // A base validator checks its pattern only; the other facets were inherited.
    if (as_base) return;
    checkValueSpace(content, manager);
    const XMLSize_t length = getLength(content, manager);
    if ((facets & DatatypeValidator::FACET_MAXLENGTH) != 0 && length > getMaxLength()) {
      report_length(content, length, getMaxLength(), XMLExcepts::VALUE_GT_maxLen, manager);
    }
    if ((facets & DatatypeValidator::FACET_MINLENGTH) != 0 && length < getMinLength()) {
      report_length(content, length, getMinLength(), XMLExcepts::VALUE_LT_minLen, manager);
    }
    if ((facets & DatatypeValidator::FACET_LENGTH) != 0 && length != getLength()) {
      report_length(content, length, getLength(), XMLExcepts::VALUE_NE_Len, manager);
    }
    // Xerces-C normalises a copy of the value first; for xs:string and its restrictions, the
    // only types of this class, normalizeContent leaves it unchanged, so the value is looked up.
    if ((facets & DatatypeValidator::FACET_ENUMERATION) != 0 && getEnumeration() != nullptr) {
      if (!enumerated(content)) {
        ThrowXMLwithMemMgr1(InvalidDatatypeValueException, XMLExcepts::VALUE_NotIn_Enumeration,
                            content, manager);
      }
    }
    checkAdditionalFacet(content, manager);
  }

 private:
  void compile_pattern() {
    pattern_.reset();
    if ((getFacetsDefined() & DatatypeValidator::FACET_PATTERN) == 0) return;
    pattern_ = compile_xsd_pattern(to_utf8(getPattern()));
  }

  /// Whether `content` is one of the enumerated values: a linear search for a few, else a hash
  /// set built on first use (the enumeration may be inherited from a base read back from the cache
  /// after this validator, so not while loading), once, whichever thread comes first.
  bool enumerated(const XMLCh* content) const {
    const RefArrayVectorOf<XMLCh>& values = *getEnumeration();
    if (values.size() <= kLinearSearchUpTo) {
      for (XMLSize_t i = 0; i < values.size(); ++i) {
        if (XMLString::equals(content, values.elementAt(i))) return true;
      }
      return false;
    }
    std::call_once(enumeration_built_, [&] {
      enumeration_.reserve(values.size());
      for (XMLSize_t i = 0; i < values.size(); ++i) enumeration_.emplace(values.elementAt(i));
    });
    return enumeration_.contains(std::u16string_view(content));
  }

  bool pattern_matches(const XMLCh* content, MemoryManager* manager) const {
    if (!pattern_) return getRegex()->matches(content, manager);
    // An arena, not a std::string: resizing a string for the worst case zero-fills it first.
    thread_local Utf8Arena utf8;
    utf8.clear();
    const std::string_view text = utf8.view(utf8.append(content));
    return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *pattern_);
  }

  static void report_length(const XMLCh* content, XMLSize_t length, XMLSize_t limit,
                            XMLExcepts::Codes code, MemoryManager* manager) {
    // As Xerces-C's REPORT_VALUE_ERROR: both numbers in decimal.
    XMLCh actual[65];
    XMLCh allowed[65];
    XMLString::sizeToText(length, actual, 64, 10, manager);
    XMLString::sizeToText(limit, allowed, 64, 10, manager);
    ThrowXMLwithMemMgr3(InvalidDatatypeValueException, code, content, actual, allowed, manager);
  }

  std::unique_ptr<RE2> pattern_;  // null: no pattern facet, or one RE2 cannot take
  static constexpr XMLSize_t kLinearSearchUpTo = 8;
  // Views of the enumeration's strings, which the validator (or its base) owns.
  mutable std::once_flag enumeration_built_;
  mutable std::unordered_set<std::u16string_view> enumeration_;
};

}  // namespace

std::unique_ptr<RE2> compile_xsd_pattern(std::string_view xsd_pattern) {
  // Escapes whose sets come from character tables: Xerces-C's (XML 1.0 names, an old Unicode
  // version) and RE2's (a recent Unicode) differ at the edges, so those patterns stay with
  // Xerces-C. Character lists and ranges, as in the DIN 91379 datatypes, mean the same to both.
  for (std::size_t i = 0; i + 1 < xsd_pattern.size(); ++i) {
    if (xsd_pattern[i] != '\\') continue;
    if (std::string_view("pPiIcCwWdD").find(xsd_pattern[i + 1]) != std::string_view::npos) {
      return nullptr;
    }
    ++i;
  }
  std::string translated;
  try {
    translated = regex::translate(as_xpath_regex(xsd_pattern), "");
  } catch (const regex::SyntaxError&) {
    return nullptr;
  }
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_never_capture(true);
  options.set_dot_nl(false);
  options.set_max_mem(64 << 20);  // the DIN 91379 unions need more than RE2's default 8 MB
  auto compiled = std::make_unique<RE2>(translated, options);
  if (!compiled->ok()) return nullptr;
  return compiled;
}

void install_pattern_validator() {
  replace_builtin<FastStringValidator>(SchemaSymbols::fgDT_STRING,
                                       StringDatatypeValidator::classStringDatatypeValidator);
}

}  // namespace konform::xml
