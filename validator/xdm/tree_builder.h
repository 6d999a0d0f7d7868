// Builds an immutable xdm::Document from XML parse events. The hardened reader drives it as an
// XmlEventSink, so a document is parsed once. Adjacent character events merge into one text node
// positioned at the first piece; whitespace-only text nodes are kept unless strip_whitespace is
// set (XSLT keeps them by default). Call take() after end_document to get the document.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "validator/input/xml_event_sink.h"
#include "validator/xdm/document.h"
#include "validator/xdm/id_table.h"

namespace konform::xdm {

struct TreeBuilderOptions {
  bool strip_whitespace = false;
  std::string base_uri;
  /// The size of the message in bytes, when known: its text, values and names take about as
  /// many in the document's arena, which is then allocated once (room never written costs
  /// address space only, and take() gives back what is left).
  std::size_t message_size = 0;
};

class TreeBuilder : public XmlEventSink {
 public:
  explicit TreeBuilder(TreeBuilderOptions options = {});

  void start_document() override;
  void end_document() override;
  void start_prefix_mapping(std::string_view prefix, std::string_view uri) override;
  void start_element(const ElementStart& element) override;
  void end_element(std::string_view namespace_uri, std::string_view local_name,
                   TextPosition position) override;
  void characters(std::string_view text, TextPosition position) override;
  void comment(std::string_view text, TextPosition position) override;
  void processing_instruction(std::string_view target, std::string_view data,
                              TextPosition position) override;

  /// The finished document; the builder is empty afterwards.
  std::unique_ptr<Document> take();

 private:
  using StrRef = Document::StrRef;
  StrRef intern(std::string_view s);
  StrRef store(std::string_view s);
  /// For whitespace-only text just appended to the arena: an equal string stored before, whose
  /// place it then gives back, or the text itself.
  StrRef share_whitespace(StrRef appended);
  std::uint32_t name_id(std::string_view ns, std::string_view local, std::string_view prefix);
  NameCode name_code(StrRef ns, StrRef local);
  void index_names();
  void ensure_document();
  void flush_text();
  NodeIndex add_node(NodeKind kind, std::uint32_t name, std::uint32_t a, std::uint32_t b,
                     TextPosition position);

  TreeBuilderOptions options_;
  std::unique_ptr<Document> doc_;
  std::vector<NodeIndex> open_;          // open element stack (document node at the bottom)
  std::vector<std::uint32_t> ns_stack_;  // namespace-set id per open node
  std::vector<std::pair<std::string, std::string>> pending_ns_;
  std::uint32_t text_offset_ = 0;  ///< where the pending text starts in the arena
  TextPosition text_position_;
  bool have_text_ = false;
  // Interned strings, lexical names and expanded names of the document being built.
  IdTable interned_;  // ids index interned_refs_
  std::vector<StrRef> interned_refs_;
  IdTable name_ids_;                               // ids are the document's name ids
  IdTable name_codes_;                             // by interned (ns, local) offsets
  std::array<StrRef, 64> whitespace_by_length_{};  ///< the shared whitespace text of each length
};

}  // namespace konform::xdm
