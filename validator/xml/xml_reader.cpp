#include "validator/xml/xml_reader.h"

#include <xercesc/framework/XMLErrorCodes.hpp>
#include <xercesc/framework/XMLValidityCodes.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>

#include <algorithm>
#include <array>

#include "validator/xml/element_path.h"
#include "validator/xml/guarded_source.h"
#include "validator/xml/hardening.h"
#include "validator/xml/undeclared_element_pool.h"
#include "validator/xml/utf.h"
#include "validator/xml/validity_facts.h"
#include "validator/xml/xerces_message.h"
#include "validator/xml/xerces_platform.h"

namespace konform::xml {
using namespace xercesc;

// Named rather than anonymous: XmlReader::Impl, which has external linkage, holds members of
// these types, and GCC rejects that (-Wsubobject-linkage) when the file is compiled in a batch.
namespace reader_internals {

/// Thrown from a handler to stop the parse; carries nothing because the error is already recorded.
struct StopParsing {};

/// The SAX2 reader with one refinement: it decides itself which fatal errors end the parse.
/// Xerces treats a malformed xsi:schemaLocation hint as fatal even when schema loading from
/// instances is off; konform ignores those hints entirely, so that error is dropped. Every other
/// fatal error still ends the read at once.
class InstanceParser : public SAX2XMLReaderImpl {
 public:
  InstanceParser(MemoryManager* manager, XMLGrammarPool* pool) : SAX2XMLReaderImpl(manager, pool) {}

  /// The code of the validity error being handled (the SAX error handler runs inside error());
  /// XMLValid::NoError for any other error. Xerces-C hands the handler only the formatted
  /// message: the code is what says which error it is.
  XMLValid::Codes handling_validity_error() const { return validity_code_; }

  /// For a content-model error being handled: the element names of the content model of the type
  /// the validator checked against, in the model's order; empty for any other error.
  const std::vector<std::string>& handling_content_model() const { return content_model_; }

  /// The local names of the required attributes the start tag being reported lacks, in the order
  /// Xerces-C reported them missing (before startElement, while it built the attribute list).
  const std::vector<std::string>& missing_required_attributes() const { return missing_; }

  /// Whether the value of an attribute of the start tag being reported is one the schema
  /// supplied. SAX2's Attributes cannot tell; the scanner's XMLAttr can, and the SAX2 view hands
  /// out the same value pointers.
  bool is_supplied(const XMLCh* value) const {
    return std::find(supplied_.begin(), supplied_.end(), value) != supplied_.end();
  }

  /// Called before each parse: `validating` says whether the parse checks XSD validity.
  void start_document(bool validating) {
    schema_validator_ = validating ? schema_validator_of(getValidator()) : nullptr;
    open_types_.clear();
    missing_from_ = nullptr;
  }

  void startElement(const XMLElementDecl& declaration, const unsigned int uri_id,
                    const XMLCh* const prefix, const RefVectorOf<XMLAttr>& attributes,
                    const XMLSize_t count, const bool empty, const bool root) override {
    // The type the element is validated against (after xsi:type): the validator pushed it before
    // the start tag's attributes were checked and pops it as the content check starts, so an
    // error of that check no longer finds it there. SGXMLScanner reports an empty element as a
    // start (`empty` false) and an end, and checks its content between them; a start reported as
    // empty gets no end from the scanner.
    if (!empty) {
      open_types_.push_back(schema_validator_ != nullptr ? schema_validator_->getCurrentTypeInfo()
                                                         : nullptr);
    }
    supplied_.clear();
    for (XMLSize_t i = 0; i < count; ++i) {
      const XMLAttr* attribute = attributes.elementAt(i);
      if (!attribute->getSpecified()) supplied_.push_back(attribute->getValue());
    }
    missing_.clear();
    if (missing_from_ != nullptr) {
      missing_ = xml::missing_required_attributes(*missing_from_, attributes, count);
      missing_from_ = nullptr;
    }
    SAX2XMLReaderImpl::startElement(declaration, uri_id, prefix, attributes, count, empty, root);
  }

  void endElement(const XMLElementDecl& declaration, const unsigned int uri_id, const bool root,
                  const XMLCh* const prefix) override {
    if (!open_types_.empty()) open_types_.pop_back();
    SAX2XMLReaderImpl::endElement(declaration, uri_id, root, prefix);
  }

  void error(const unsigned int code, const XMLCh* const domain,
             const XMLErrorReporter::ErrTypes type, const XMLCh* const text,
             const XMLCh* const system_id, const XMLCh* const public_id, const XMLFileLoc line,
             const XMLFileLoc column) override {
    const bool fatal = type == XMLErrorReporter::ErrType_Fatal;
    if (fatal && XMLString::equals(domain, XMLUni::fgXMLErrDomain) &&
        code == XMLErrs::BadSchemaLocation) {
      return;
    }
    if (XMLString::equals(domain, XMLUni::fgValidityDomain)) {
      validity_code_ = static_cast<XMLValid::Codes>(code);
      note_what_the_error_is_about();
    }
    SAX2XMLReaderImpl::error(code, domain, type, text, system_id, public_id, line, column);
    validity_code_ = XMLValid::NoError;
    content_model_.clear();
    if (fatal) throw StopParsing{};
  }

 private:
  /// Records, from the type the validator checks against, what the error being handled is about.
  /// A missing required attribute is reported while the scanner builds the start tag's attribute
  /// list, which startElement receives only afterwards: the type is kept until then.
  void note_what_the_error_is_about() {
    switch (validity_code_) {
      case XMLValid::RequiredAttrNotProvided:
        missing_from_ =
            schema_validator_ != nullptr ? schema_validator_->getCurrentTypeInfo() : nullptr;
        break;
      case XMLValid::ElementNotValidForContent:
      case XMLValid::EmptyNotValidForContent:
      case XMLValid::NotEnoughElemsForCM:
        // The content is checked at the end tag (an empty element's right after its start),
        // while the element is still open.
        if (const ComplexTypeInfo* checked = open_types_.empty() ? nullptr : open_types_.back()) {
          content_model_ = element_names_of(checked->getContentSpec());
        }
        break;
      default:
        break;
    }
  }

  XMLValid::Codes validity_code_ = XMLValid::NoError;
  const SchemaValidator* schema_validator_ = nullptr;
  std::vector<const ComplexTypeInfo*> open_types_;  // of the open elements, innermost last
  std::vector<const XMLCh*> supplied_;  // values of the current start tag's supplied attributes
  std::vector<std::string> content_model_;
  const ComplexTypeInfo* missing_from_ = nullptr;  // the type whose required attributes are missing
  std::vector<std::string> missing_;
};

/// What a validity error is, as data: its kind from Xerces-C's code, the names from the
/// validator's structures (InstanceParser). The missing attribute's name is known only at the
/// start tag's startElement (XmlReader::Impl::attach_start_tag_errors fills it in).
SchemaError schema_error_of(XMLValid::Codes code, const std::vector<std::string>& content_model) {
  SchemaError error;
  switch (code) {
    case XMLValid::ElementNotDefined:
      error.kind = SchemaError::Kind::kElementNotDeclared;
      break;
    case XMLValid::RequiredAttrNotProvided:
      error.kind = SchemaError::Kind::kRequiredAttributeMissing;
      break;
    case XMLValid::ElementNotValidForContent:
      error.kind = SchemaError::Kind::kElementNotAllowed;
      error.expected = content_model;
      break;
    case XMLValid::EmptyNotValidForContent:
    case XMLValid::NotEnoughElemsForCM:
      error.expected = content_model;
      break;
    default:
      break;
  }
  return error;
}

/// Whether `name` is one of `names` (ASCII names, compared unit by unit).
bool names_one_of(const XMLCh* name, std::span<const std::string_view> names) {
  for (const std::string_view candidate : names) {
    std::size_t i = 0;
    while (i < candidate.size() && name[i] == static_cast<unsigned char>(candidate[i])) ++i;
    if (i == candidate.size() && name[i] == 0) return true;
  }
  return false;
}

/// The length of a qualified name's prefix, 0 when it has none.
std::size_t prefix_length(const XMLCh* qname) {
  if (qname == nullptr) return 0;
  std::size_t colon = 0;
  while (qname[colon] != 0 && qname[colon] != u':') ++colon;
  return qname[colon] == u':' ? colon : 0;
}

/// The UTF-8 forms of the namespace URIs of the current parse. Xerces hands out each URI as the
/// same pointer into its URI pool for the whole parse, and messages alternate between a handful of
/// namespaces (and none, for XÖV's unqualified code and name): convert each once. The pointers
/// are valid for one parse only, so the cache is cleared before each.
class NamespaceUriCache {
 public:
  std::string_view utf8(const XMLCh* uri) {
    for (const Entry& entry : entries_) {
      if (entry.source == uri) return entry.text;
    }
    Entry& entry = entries_[next_];
    next_ = (next_ + 1) % entries_.size();
    entry.source = uri;
    entry.text.clear();  // keeps its capacity: no allocation per parse once warm
    if (uri != nullptr) append_utf8(uri, XMLString::stringLen(uri), entry.text);
    return entry.text;
  }
  void clear() {
    for (Entry& entry : entries_) entry.source = nullptr;
  }

 private:
  struct Entry {
    const XMLCh* source = nullptr;
    std::string text;
  };
  std::array<Entry, 8> entries_;
  std::size_t next_ = 0;
};

/// Any non-empty hint; it names no file (see the constructor).
constexpr XMLCh kNoNamespaceHint[] = {chLatin_n, chLatin_o, chDash, chLatin_n, chLatin_s, chNull};

bool has_no_namespace_grammar(const SchemaSet& schemas) {
  const auto& namespaces = schemas.namespaces();
  return std::find(namespaces.begin(), namespaces.end(), "") != namespaces.end();
}

}  // namespace reader_internals

using namespace reader_internals;

class XmlReader::Impl : public DefaultHandler, public XMLEntityResolver, public ElementPathSource {
 public:
  Impl(std::shared_ptr<const SchemaSet> schemas, ReaderLimits limits)
      : schemas_(std::move(schemas)), limits_(limits) {
    ensure_initialized();
    reader_ = std::make_unique<InstanceParser>(XMLPlatformUtils::fgMemoryManager,
                                               schemas_ ? schemas_->pool() : nullptr);
    // The schema-only scanner, not Xerces' default IGXMLScanner: IGXMLScanner (3.2.4) grows its
    // per-depth validation state only while the current grammar is a schema, so an element of a
    // schema namespace nested 32 or more levels under elements of a namespace without one (any
    // message can do that) writes past the end of a heap array (found by fuzzing with an
    // instrumented Xerces-C). SGXMLScanner grows that state for every element. It knows no DTDs
    // and skips a DOCTYPE without a word: the markup guard refuses one before the scanner sees it.
    reader_->setProperty(XMLUni::fgXercesScannerName, const_cast<XMLCh*>(XMLUni::fgSGXMLScanner));
    harden(*reader_, security_);
    // InstanceParser::error ends the parse on fatal errors itself (see there).
    reader_->setExitOnFirstFatalError(false);
    const bool validate = schemas_ != nullptr;
    reader_->setFeature(XMLUni::fgSAX2CoreValidation, validate);
    reader_->setFeature(XMLUni::fgXercesDynamic, false);
    reader_->setFeature(XMLUni::fgXercesSchema, validate);
    reader_->setFeature(XMLUni::fgXercesSchemaFullChecking, false);  // done once at compile time
    // Only the profile's grammars apply: ignore xsi:schemaLocation and never add to the pool.
    reader_->setFeature(XMLUni::fgXercesLoadSchema, false);
    reader_->setFeature(XMLUni::fgXercesUseCachedGrammarInParse, validate);
    reader_->setFeature(XMLUni::fgXercesCacheGrammarFromParse, false);
    reader_->setFeature(XMLUni::fgXercesIdentityConstraintChecking, true);
    if (validate && has_no_namespace_grammar(*schemas_)) {
      // The scanner starts on an empty grammar of its own whose target namespace is also the empty
      // one, so it never asks the pool for the no-namespace grammar and reports every element
      // undeclared. A no-namespace schema location hint makes it look the grammar up by namespace
      // at the root; with loading off it is found in the pool and nothing is read.
      reader_->setProperty(XMLUni::fgXercesSchemaExternalNoNameSpaceSchemaLocation,
                           const_cast<XMLCh*>(kNoNamespaceHint));
    }
    reader_->setContentHandler(this);
    reader_->setErrorHandler(this);
    reader_->setLexicalHandler(this);
    reader_->setXMLEntityResolver(this);
  }

  ReadOutcome read(std::string_view bytes, const std::string& name, XmlEventSink* sink,
                   std::vector<ReadError>& errors) {
    sink_ = sink;
    if (sink_) {
      sink_wants_prefixes_ = sink_->wants_prefixes();
      sink_wanted_attributes_ = sink_->wanted_attributes();
      sink_wanted_names_ = sink_->wanted_element_names();
      sink_wants_end_positions_ = sink_->wants_end_positions();
    }
    if (sink_) sink_->set_path_source(this);
    errors_ = &errors;
    path_.clear();
    outcome_ = ReadOutcome{};
    rejected_ = false;
    listed_ = 0;
    unlisted_ = 0;
    namespace_uris_.clear();
    open_names_.clear();
    open_name_slices_.clear();
    pending_from_ = errors.size();
    idref_uses_.clear();
    const std::size_t first_error = errors.size();
    locator_ = nullptr;
    auto id = to_utf16(name);
    GuardedMemorySource source(
        bytes, id.c_str(), {limits_.max_depth, limits_.max_attributes, limits_.max_attribute_size});
    fit_undeclared_element_pool(*reader_, bytes.size());
    reader_->start_document(schemas_ != nullptr);
    try {
      reader_->parse(source);
      outcome_.end = rejected_ ? ReadEnd::kRejected : ReadEnd::kCompleted;
    } catch (const MarkupLimitReached& reached) {
      add_guard_error(reached.stop);
      outcome_.end = ReadEnd::kRejected;
    } catch (const StopParsing&) {
      outcome_.end = ReadEnd::kRejected;
    } catch (const StopReading&) {
      outcome_.end = ReadEnd::kStopped;
    } catch (const OutOfMemoryException&) {
      outcome_.end = ReadEnd::kAborted;
      outcome_.abort_reason = "out of memory while parsing";
    } catch (const XMLException& e) {
      // Raised by transcoders on malformed encodings: the bytes are not well-formed XML.
      add(ReadError::Kind::kNotWellFormed, quoted_excerpts(to_utf8(e.getMessage())),
          Location{static_cast<int>(e.getSrcLine()), 0, path_.to_string()});
      outcome_.end = ReadEnd::kRejected;
    } catch (const SAXException& e) {
      add(ReadError::Kind::kNotWellFormed, quoted_excerpts(to_utf8(e.getMessage())),
          Location{0, 0, path_.to_string()});
      outcome_.end = ReadEnd::kRejected;
    }
    if (const auto& refused = source.refused_at_start()) {
      // Xerces saw an empty document; what it said about that is not the reason.
      errors.resize(first_error);
      add_guard_error(*refused);
      outcome_ = ReadOutcome{};
      outcome_.end = ReadEnd::kRejected;
    }
    if (unlisted_ > 0) {
      add(ReadError::Kind::kSchemaErrorsUnlisted,
          std::to_string(unlisted_) + " further XSD errors were not listed (limit " +
              std::to_string(limits_.max_findings) + " findings per input)",
          {});
    }
    sink_ = nullptr;
    errors_ = nullptr;
    return outcome_;
  }

  // --- ContentHandler ---
  void setDocumentLocator(const Locator* const locator) override { locator_ = locator; }
  void startDocument() override {
    if (sink_) sink_->start_document();
  }
  std::string current_path() const override { return path_.to_string(); }
  std::string current_local_name() const override { return path_.local_name(); }
  void endDocument() override {
    if (sink_) sink_->end_document();
  }
  void startPrefixMapping(const XMLCh* const prefix, const XMLCh* const uri) override {
    // A sink that works on namespace URIs alone needs no declarations either.
    if (!sink_ || !sink_wants_prefixes_) return;
    text_.clear();
    const auto p = text_.append(prefix);
    const auto u = text_.append(uri);
    sink_->start_prefix_mapping(text_.view(p), text_.view(u));
  }
  void startElement(const XMLCh* const uri, const XMLCh* const localname, const XMLCh* const qname,
                    const Attributes& attrs) override {
    // The MarkupGuard stops deeper nesting before Xerces reads it; this is a second line.
    if (path_.depth() >= limits_.max_depth) {
      const TextPosition at = position();
      add(ReadError::Kind::kLimitReached,
          "element nesting deeper than " + std::to_string(limits_.max_depth) +
              " levels; reading stopped (limit --max-depth)",
          Location{at.line, at.column, ""}, ReadError::Limit::kDepth);
      throw StopParsing{};
    }
    check_attribute_limits(attrs);
    if (!outcome_.saw_root) {
      outcome_.saw_root = true;
      outcome_.root_namespace = to_utf8(uri);
      outcome_.root_local_name = to_utf8(localname);
    }
    path_.push(uri, localname);
    const TextPosition start = position();
    path_.set_start(start.line, start.column);
    attach_start_tag_errors(start);
    if (schemas_) record_idrefs(attrs, start);
    if (!sink_) return;
    // Namespace URIs come from the scanner's URI pool, stable for the whole parse: convert each
    // once. Everything else goes into one reused arena: no allocation per element.
    text_.clear();
    const std::string_view element_uri = namespace_uris_.utf8(uri);
    // Open elements' names stay converted until their end tag, which reports them again.
    const bool name_wanted =
        sink_wanted_names_.empty() || names_one_of(localname, sink_wanted_names_);
    const auto local =
        name_wanted ? open_names_.append(localname) : Utf8Arena::Slice{open_names_.size(), 0};
    open_name_slices_.push_back(local);
    const bool prefixes = sink_wants_prefixes_;
    const auto prefix = prefixes ? text_.append(qname, prefix_length(qname)) : Utf8Arena::Slice{};
    const std::span<const std::string_view> wanted = sink_wanted_attributes_;
    XMLSize_t count = 0;
    attribute_slices_.resize(attrs.getLength() * 4);
    supplied_.clear();
    for (XMLSize_t attribute = 0; attribute < attrs.getLength(); ++attribute) {
      const XMLCh* const local_name = attrs.getLocalName(attribute);
      if (!wanted.empty() && !names_one_of(local_name, wanted)) continue;
      const XMLSize_t i = count++;
      attribute_slices_[i * 4] = text_.append(attrs.getURI(attribute));
      attribute_slices_[i * 4 + 1] = text_.append(local_name);
      if (prefixes) {
        const XMLCh* const attribute_qname = attrs.getQName(attribute);
        attribute_slices_[i * 4 + 2] =
            text_.append(attribute_qname, prefix_length(attribute_qname));
      } else {
        attribute_slices_[i * 4 + 2] = Utf8Arena::Slice{};
      }
      attribute_slices_[i * 4 + 3] = text_.append(attrs.getValue(attribute));
      if (reader_->is_supplied(attrs.getValue(attribute))) {
        supplied_.push_back(i);
      }
    }
    // Views only now: the arena may have moved while it grew.
    attributes_.resize(count);
    for (XMLSize_t i = 0; i < count; ++i) {
      attributes_[i] = XmlAttribute{
          text_.view(attribute_slices_[i * 4]), text_.view(attribute_slices_[i * 4 + 1]),
          text_.view(attribute_slices_[i * 4 + 2]), text_.view(attribute_slices_[i * 4 + 3])};
    }
    for (const XMLSize_t i : supplied_) attributes_[i].specified = false;
    sink_->start_element(
        {element_uri, open_names_.view(local), text_.view(prefix), attributes_, start});
  }
  void endElement(const XMLCh* const uri, const XMLCh* const /*localname*/,
                  const XMLCh* const) override {
    // The sink first: while it handles the end, the current path is still the element's.
    if (sink_ && !open_name_slices_.empty()) {
      const Utf8Arena::Slice local = open_name_slices_.back();
      sink_->end_element(namespace_uris_.utf8(uri), open_names_.view(local),
                         sink_wants_end_positions_ ? position() : TextPosition{});
      open_name_slices_.pop_back();
      open_names_.truncate(local.offset);
    }
    path_.pop();
  }
  void characters(const XMLCh* const chars, const XMLSize_t length) override {
    if (!sink_ || !sink_->wants_characters()) return;
    text_.clear();
    sink_->characters(text_.view(text_.append(chars, length)), position());
  }
  void ignorableWhitespace(const XMLCh* const chars, const XMLSize_t length) override {
    characters(chars, length);
  }
  void processingInstruction(const XMLCh* const target, const XMLCh* const data) override {
    if (!sink_) return;
    auto t = to_utf8(target);
    auto d = to_utf8(data);
    sink_->processing_instruction(t, d, position());
  }

  // --- LexicalHandler ---
  void comment(const XMLCh* const chars, const XMLSize_t length) override {
    if (!sink_) return;
    text_.clear();
    sink_->comment(text_.view(text_.append(chars, length)), position());
  }
  // --- ErrorHandler ---
  void warning(const SAXParseException& e) override { add_xsd(e, Severity::kWarning); }
  void error(const SAXParseException& e) override {
    ++outcome_.xsd_errors;
    add_xsd(e, Severity::kError);
  }
  void fatalError(const SAXParseException& e) override {
    rejected_ = true;
    add(ReadError::Kind::kNotWellFormed, quoted_excerpts(to_utf8(e.getMessage())),
        Location{static_cast<int>(e.getLineNumber()), static_cast<int>(e.getColumnNumber()),
                 path_.to_string()});
  }

  // --- XMLEntityResolver: nothing outside the message is ever read ---
  using DefaultHandler::resolveEntity;  // SAX's overload stays visible (clang -Woverloaded-virtual)
  InputSource* resolveEntity(XMLResourceIdentifier* id) override {
    auto pos = position();
    add(ReadError::Kind::kExternalReferenceRefused,
        "reference to external resource '" + excerpt(to_utf8(id->getSystemId()), limits_.excerpts) +
            "' refused: konform reads nothing but the message itself",
        Location{pos.line, pos.column, path_.to_string()});
    throw StopParsing{};
  }

 private:
  TextPosition position() const {
    if (locator_ == nullptr) return {};
    return {static_cast<int>(locator_->getLineNumber()),
            static_cast<int>(locator_->getColumnNumber())};
  }
  void add(ReadError::Kind kind, std::string message, Location location,
           ReadError::Limit limit = ReadError::Limit::kNone) {
    ReadError& error = errors_->emplace_back();
    error.kind = kind;
    error.limit = limit;
    error.message = std::move(message);
    error.location = std::move(location);
  }
  void add_guard_error(const MarkupStop& stop) {
    if (stop.reason == MarkupStop::Reason::kDeclaration) {
      add(ReadError::Kind::kDeclarationRefused, stop.problem, Location{stop.line, stop.column, ""});
    } else {
      add(ReadError::Kind::kLimitReached, stop.problem, Location{stop.line, stop.column, ""},
          ReadError::Limit::kMarkup);
    }
  }
  void add_xsd(const SAXParseException& e, Severity severity) {
    // Namespace declarations are not attributes in the XML Schema sense (XSD 1.0 Part 1 §3.2.6)
    // and xsi: attributes are always allowed (§3.2.7): the schema scanner sets both apart by their
    // namespace before it looks for a declaration (SGXMLScanner::buildAttList: the xmlns, xml and
    // xsi URIs), so no error about them reaches this handler, on a declared element or not.
    std::string message = to_utf8(e.getMessage());
    if (listed_ >= limits_.max_findings) {
      ++unlisted_;
      return;
    }
    ++listed_;
    int line = static_cast<int>(e.getLineNumber());
    int column = static_cast<int>(e.getColumnNumber());
    std::string xpath = path_.to_string();
    const XMLValid::Codes code = reader_->handling_validity_error();
    if (auto child = offending_child(code, message)) {
      line = child->line;
      column = child->column;
      xpath = std::move(child->path);
    }
    if (code == XMLValid::IDNotDeclared) {
      if (const IdrefUse* use = first_use_of(xerces_message::unresolved_idref(message))) {
        line = use->line;
        column = use->column;
        xpath = use->xpath;
      }
    }
    add(ReadError::Kind::kNotSchemaValid, quoted_excerpts(message),
        Location{line, column, std::move(xpath)});
    ReadError& error = errors_->back();
    error.validity_code = code;
    error.severity = severity;  // Xerces-C's warnings stay warnings
    error.facts = schema_error_of(code, reader_->handling_content_model());
  }
  /// A Xerces message with the values it quotes cut to the excerpt policy.
  std::string quoted_excerpts(const std::string& message) const {
    return excerpt_quoted(message, limits_.excerpts, xerces_message::quotes_a_name);
  }
  /// Too many attributes on one element, or one too long, end the read (before any sink sees
  /// them). The MarkupGuard stops such input before Xerces buffers it; this is a second line.
  void check_attribute_limits(const Attributes& attrs) {
    const XMLSize_t count = attrs.getLength();
    std::string problem;
    ReadError::Limit limit = ReadError::Limit::kAttributes;
    if (count > static_cast<XMLSize_t>(limits_.max_attributes)) {
      problem = std::to_string(count) + " attributes on one element, more than " +
                std::to_string(limits_.max_attributes) +
                "; reading stopped (limit --max-attributes)";
    }
    for (XMLSize_t i = 0; problem.empty() && i < count; ++i) {
      const XMLSize_t length = XMLString::stringLen(attrs.getValue(i));
      if (length > limits_.max_attribute_size) {
        limit = ReadError::Limit::kAttributeSize;
        problem = "attribute value of " + std::to_string(length) + " characters, more than " +
                  std::to_string(limits_.max_attribute_size) +
                  "; reading stopped (limit --max-attribute-size)";
      }
    }
    if (problem.empty()) return;
    const TextPosition at = position();
    add(ReadError::Kind::kLimitReached, std::move(problem),
        Location{at.line, at.column, path_.to_string()}, limit);
    throw StopParsing{};
  }
  /// Xerces validates attributes while scanning a start tag, before startElement is called, so
  /// those errors were recorded with the parent's path. They carry the start tag's end position,
  /// which is where startElement now stands: give them the element's own path. Only now are the
  /// start tag's attributes known, and with them which required ones were missing.
  void attach_start_tag_errors(TextPosition start) {
    const std::vector<std::string>& missing = reader_->missing_required_attributes();
    std::size_t next_missing = 0;
    for (auto i = pending_from_; i < errors_->size(); ++i) {
      ReadError& error = (*errors_)[i];
      if (error.location.line == start.line && error.location.column == start.column) {
        error.location.xpath = path_.to_string();
      }
      if (error.facts.kind == SchemaError::Kind::kRequiredAttributeMissing &&
          next_missing < missing.size()) {
        error.facts.attribute = missing[next_missing++];
      }
    }
    pending_from_ = errors_->size();
  }
  /// Records the IDREF and IDREFS attributes of a start tag (Xerces types an attribute so when
  /// its schema type is or derives from xs:IDREF or xs:IDREFS), one entry per token.
  void record_idrefs(const Attributes& attrs, TextPosition start) {
    for (XMLSize_t i = 0; i < attrs.getLength(); ++i) {
      const XMLCh* const type = attrs.getType(i);
      if (!XMLString::equals(type, XMLUni::fgIDRefString) &&
          !XMLString::equals(type, XMLUni::fgIDRefsString)) {
        continue;
      }
      const std::string uri = to_utf8(attrs.getURI(i));
      const std::string local = to_utf8(attrs.getLocalName(i));
      const std::string xpath =
          path_.to_string() + "/@" + (uri.empty() ? local : "Q{" + uri + "}" + local);
      const std::string value = to_utf8(attrs.getValue(i));
      std::size_t at = 0;
      while ((at = value.find_first_not_of(" \t\r\n", at)) != std::string::npos) {
        const std::size_t end = std::min(value.find_first_of(" \t\r\n", at), value.size());
        idref_uses_.push_back({value.substr(at, end - at), start.line, start.column, xpath});
        at = end;
      }
    }
  }
  struct IdrefUse {
    std::string value;
    int line = 0;
    int column = 0;
    std::string xpath;
  };
  /// Where IDREF `value` was first used, or null (an IDREF in element content, which is not
  /// recorded: the finding then stays where Xerces put it).
  const IdrefUse* first_use_of(std::string_view value) const {
    for (const IdrefUse& use : idref_uses_) {
      if (!value.empty() && use.value == value) return &use;
    }
    return nullptr;
  }
  /// For XMLValid::ElementNotValidForContent, which the scanner reports at the parent's end tag:
  /// the first child of the current element, in konform's own record of its children, with the
  /// local name of the child the content model failed at (which only the message gives:
  /// xerces_message.h).
  std::optional<ElementPath::Child> offending_child(XMLValid::Codes code,
                                                    std::string_view message) const {
    if (code != XMLValid::ElementNotValidForContent) return std::nullopt;
    const std::string_view name = xerces_message::failing_child_local_name(message);
    auto child = path_.first_child_named(to_utf16(name));
    if (!child || child->line == 0) return std::nullopt;
    return child;
  }

  std::shared_ptr<const SchemaSet> schemas_;
  ReaderLimits limits_;
  SecurityManager security_;
  std::unique_ptr<InstanceParser> reader_;
  const Locator* locator_ = nullptr;
  XmlEventSink* sink_ = nullptr;
  // What the sink asked for, once per document (xml_event_sink.h).
  bool sink_wants_prefixes_ = true;
  std::span<const std::string_view> sink_wanted_attributes_;
  std::span<const std::string_view> sink_wanted_names_;
  bool sink_wants_end_positions_ = true;
  std::vector<ReadError>* errors_ = nullptr;
  ElementPath path_;
  ReadOutcome outcome_;
  bool rejected_ = false;
  std::size_t pending_from_ = 0;
  std::vector<IdrefUse> idref_uses_;  // the IDREF values of the current document, in order
  int listed_ = 0;
  int unlisted_ = 0;
  NamespaceUriCache namespace_uris_;
  Utf8Arena text_;        // names, values and text of the current event
  Utf8Arena open_names_;  // local names of the open elements, as a stack
  std::vector<Utf8Arena::Slice> open_name_slices_;
  std::vector<Utf8Arena::Slice> attribute_slices_;
  std::vector<XMLSize_t> supplied_;  // indexes into attributes_ of schema-supplied attributes
  std::vector<XmlAttribute> attributes_;
};

XmlReader::XmlReader(std::shared_ptr<const SchemaSet> schemas, ReaderLimits limits)
    : impl_(std::make_unique<Impl>(std::move(schemas), limits)) {}
XmlReader::~XmlReader() = default;

ReadOutcome XmlReader::read(std::string_view bytes, const std::string& name, XmlEventSink* sink,
                            std::vector<ReadError>& errors) {
  return impl_->read(bytes, name, sink, errors);
}

}  // namespace konform::xml
