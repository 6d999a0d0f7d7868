// The events of one parsed XML document, in document order, as UTF-8, independent of the parser.
// The hardened reader (xml_reader.h) drives a sink while it checks well-formedness and XSD validity
// in one pass; later stages (the XPath data model builder, code-list checks) are sinks too, so a
// document is parsed once however many stages look at it.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace konform {

/// A position in the input; 1-based, 0 when unknown.
struct TextPosition {
  int line = 0;
  int column = 0;
};

/// One attribute of a start tag. Namespace declarations (xmlns, xmlns:p) are not attributes here;
/// they arrive through start_prefix_mapping before the element that declares them.
struct XmlAttribute {
  std::string_view namespace_uri;
  std::string_view local_name;
  std::string_view prefix;
  std::string_view value;
  /// False for an attribute the schema supplied (a default or fixed value) rather than the
  /// document: validation and code lists use it, the XPath data model of the document does not.
  bool specified = true;
};

/// A start tag as start_element receives it: the element's expanded name and prefix, its
/// attributes and where the tag begins. The views are valid only during the call.
struct ElementStart {
  std::string_view namespace_uri;
  std::string_view local_name;
  std::string_view prefix;
  std::span<const XmlAttribute> attributes;
  TextPosition position;
};

/// A sink may throw StopReading from any callback to end the read early and cleanly (the root
/// probe does, once it has seen the root element); the reader then reports ReadEnd::kStopped.
struct StopReading {};

/// Where the source of the events stands, for a sink to ask during a callback: the canonical path
/// (fn:path form, /Q{ns}local[n]/...) of the element being started or ended. The reader tracks
/// it anyway, for its own findings; asking it spares each sink counting siblings on every element
/// for the rare finding that needs a path.
class ElementPathSource {
 public:
  virtual ~ElementPathSource() = default;
  virtual std::string current_path() const = 0;
  /// The local name of that element, for a sink that asked for names only of some elements
  /// (XmlEventSink::wanted_element_names).
  virtual std::string current_local_name() const = 0;
};

/// Receives parse events. Every default does nothing, so a sink overrides only what it needs.
/// The string_views are valid only during the call.
class XmlEventSink {
 public:
  virtual ~XmlEventSink() = default;

  /// Called before start_document by a source that can tell paths (null: paths unknown); the
  /// source stays valid until end_document or the next set_path_source.
  virtual void set_path_source(const ElementPathSource* /*source*/) {}
  virtual void start_document() {}
  virtual void end_document() {}
  /// A namespace declaration in scope from the next start_element until its end_element.
  virtual void start_prefix_mapping(std::string_view /*prefix*/, std::string_view /*uri*/) {}
  virtual void start_element(const ElementStart& /*element*/) {}
  virtual void end_element(std::string_view /*namespace_uri*/, std::string_view /*local_name*/,
                           TextPosition /*position*/) {}
  /// Character data (text, CDATA content and, outside the root element, nothing). May arrive in
  /// several pieces for one text node; whitespace-only text is reported too.
  virtual void characters(std::string_view /*text*/, TextPosition /*position*/) {}
  /// Whether the next character data is wanted at all; a reader may skip converting text the
  /// sink would ignore (the code-list sink only reads the text of `code` and `name`).
  virtual bool wants_characters() const { return true; }
  // The next three are asked once per document, before start_document, and hold for the whole
  // document: the reader does not ask them again at every element.

  /// Whether the sink needs prefixes: those of the element and its attributes in start_element,
  /// and the namespace declarations (start_prefix_mapping). Without, a reader may pass the
  /// prefixes empty and leave the declarations out (the code-list sink works on namespace URIs
  /// only).
  virtual bool wants_prefixes() const { return true; }
  /// The local names of the only attributes start_element needs; a reader may leave the others
  /// out (the code-list sink reads listURI and listVersionID). Empty: every attribute.
  virtual std::span<const std::string_view> wanted_attributes() const { return {}; }
  /// The local names of the only elements whose names start_element and end_element need; a
  /// reader may pass the others' local names empty (their namespace and everything else as
  /// usual), and the sink asks its ElementPathSource when it needs one after all. Empty: every
  /// element's name. The code-list sink needs `code` and `name`: converting every element's
  /// name for it was a fifth of the stage's cost.
  virtual std::span<const std::string_view> wanted_element_names() const { return {}; }
  /// Whether end_element needs its position; without, a reader may pass {0, 0}.
  virtual bool wants_end_positions() const { return true; }

  virtual void comment(std::string_view /*text*/, TextPosition /*position*/) {}
  virtual void processing_instruction(std::string_view /*target*/, std::string_view /*data*/,
                                      TextPosition /*position*/) {}
};

}  // namespace konform
