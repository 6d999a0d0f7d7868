// The one way konform writes XML: reports (xml, junit, svrl), the lock file, the XML view of
// service definitions, profile skeletons and expectation files. Every attribute value, text and
// comment goes through xml_escape.h, so the U+FFFD policy holds everywhere and no caller can
// forget to escape.
//
// Layout: two spaces of indentation per level; an element holding text is written on one line
// (`<a>text</a>`), one holding elements has each child on a line of its own, an empty one is
// `<a/>` (or `<a></a>` on two lines where WhenEmpty::kOpenAndClose asks for it). Mixed content
// is not supported.
//
// Misuse (an end without a start, an attribute after content, a name that is not an XML name,
// elements left open at finish()) is a bug in konform, never in its input: it throws
// std::logic_error, so a test catches it and a release build does not write ill-formed XML.
#pragma once

#include <cstddef>
#include <exception>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace konform {

class XmlWriter {
 public:
  /// How text content is escaped: kKept leaves tabs and line breaks as they are; kOnOneLine
  /// escapes them (and quotes) as in attribute values, so each element stays on one line.
  enum class TextLines { kKept, kOnOneLine };

  /// How an element without content is written: `<a/>`, or `<a>` and `</a>` on lines of their own.
  enum class WhenEmpty { kSelfClose, kOpenAndClose };

  explicit XmlWriter(std::ostream& out, TextLines text_lines = TextLines::kKept);

  /// `<?xml version="1.0" encoding="UTF-8"?>`; only as the first output.
  void declaration();

  /// `<!--text-->` on lines of its own at the current indentation; the caller gives the spaces
  /// around the text.
  void comment(std::string_view text);

  void start_element(std::string_view name, WhenEmpty when_empty = WhenEmpty::kSelfClose);

  /// The default namespace (empty prefix) or a prefixed one, on the element just started.
  void namespace_declaration(std::string_view uri, std::string_view prefix = {});

  /// An attribute of the element just started, before any content.
  void attribute(std::string_view name, std::string_view value);

  /// As attribute(), but nothing is written for an empty value.
  void optional_attribute(std::string_view name, std::string_view value);

  /// Text content of the current element; an empty text still makes it `<a></a>`.
  void text(std::string_view text);

  void end_element();

  /// start_element, text, end_element.
  void text_element(std::string_view name, std::string_view text);

  /// REQUIRES: every element ended. Call after the last end_element.
  void finish() const;

  /// How many values (attributes, texts, comments) had characters replaced by U+FFFD.
  std::size_t replacements() const { return replacements_; }

  /// Lines written so far, a line in progress included.
  std::size_t line_count() const { return newlines_ + (line_open_ ? 1 : 0); }

  /// An element ended when the scope ends (attributes, then content, in a block). An exception
  /// leaving the scope abandons the output, so the element is then left open.
  class Element {
   public:
    Element(XmlWriter& writer, std::string_view name, WhenEmpty when_empty = WhenEmpty::kSelfClose)
        : writer_(writer), exceptions_(std::uncaught_exceptions()) {
      writer_.start_element(name, when_empty);
    }
    ~Element() {
      if (std::uncaught_exceptions() == exceptions_) writer_.end_element();
    }
    Element(const Element&) = delete;
    Element& operator=(const Element&) = delete;

   private:
    XmlWriter& writer_;
    int exceptions_;
  };

 private:
  struct Open {
    std::string name;
    WhenEmpty when_empty;
    bool has_text = false;
    bool has_children = false;
  };

  void put(std::string_view bytes);
  void indent();
  /// Ends the start tag of the innermost element (if still open) before a child or comment.
  void begin_child_line();
  void count_replacement(bool replaced);

  std::ostream& out_;
  TextLines text_lines_;
  std::vector<Open> open_;
  bool start_tag_open_ = false;
  bool root_written_ = false;
  bool anything_written_ = false;
  bool line_open_ = false;
  std::size_t newlines_ = 0;
  std::size_t replacements_ = 0;
};

}  // namespace konform
