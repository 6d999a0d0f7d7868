#include "validator/xdm/tree_builder.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <utility>

namespace konform::xdm {
namespace {

std::atomic<std::uint64_t> next_document_id{1};

bool is_xml_whitespace(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

/// Spreads a key's bits over the low ones, which pick an IdTable slot.
std::uint64_t mix(std::uint64_t h) {
  h *= 0x9e3779b97f4a7c15u;
  return h ^ (h >> 29);
}

std::uint64_t text_hash(std::string_view s) { return std::hash<std::string_view>()(s); }

/// The hash of a lexical name; a namespace URI counts by its length and last bytes only. A
/// document uses a handful of URIs: the full URI would be hashed at every element for nothing,
/// and the rare URIs alike in both are told apart by name_id's comparison.
std::uint64_t lexical_name_hash(std::string_view ns, std::string_view local,
                                std::string_view prefix) {
  std::uint64_t tail = 0;
  const std::size_t tail_size = std::min(ns.size(), sizeof tail);
  if (tail_size != 0) std::memcpy(&tail, ns.data() + ns.size() - tail_size, tail_size);
  std::uint64_t h = mix(text_hash(local) ^ text_hash(prefix) * 31);
  return mix(h ^ tail ^ ns.size());
}

}  // namespace

TreeBuilder::TreeBuilder(TreeBuilderOptions options) : options_(std::move(options)) {}

Document::StrRef TreeBuilder::store(std::string_view s) {
  StrRef r{static_cast<std::uint32_t>(doc_->arena_.size()), static_cast<std::uint32_t>(s.size())};
  doc_->arena_.append(s.data(), s.size());
  return r;
}

Document::StrRef TreeBuilder::share_whitespace(StrRef appended) {
  // Indentation: a pretty-printed message has a whitespace-only text node between every two
  // tags, a handful of distinct strings stored over and over (in the 50 MB XRechnung invoice of
  // tests/bench case 8b, 9.9 MB of its arena's 13.7 MB). The first string of each length is
  // shared; the others are kept as they come.
  if (appended.length == 0 || appended.length >= whitespace_by_length_.size()) return appended;
  StrRef& shared = whitespace_by_length_[appended.length];
  if (shared.length == 0) shared = appended;
  if (shared.offset == appended.offset || doc_->str(shared) != doc_->str(appended)) return appended;
  doc_->arena_.truncate(appended.offset);
  return shared;
}

Document::StrRef TreeBuilder::intern(std::string_view s) {
  const std::uint64_t hash = text_hash(s);
  const Document& d = *doc_;
  const std::uint32_t known =
      interned_.find(hash, [&](std::uint32_t id) { return d.str(interned_refs_[id]) == s; });
  if (known != IdTable::kAbsent) return interned_refs_[known];
  const StrRef r = store(s);
  interned_.insert(hash, static_cast<std::uint32_t>(interned_refs_.size()));
  interned_refs_.push_back(r);
  return r;
}

std::uint32_t TreeBuilder::name_id(std::string_view ns, std::string_view local,
                                   std::string_view prefix) {
  const std::uint64_t hash = lexical_name_hash(ns, local, prefix);
  const Document& d = *doc_;
  const std::uint32_t known = name_ids_.find(hash, [&](std::uint32_t id) {
    const Document::QNameRec& r = d.names_[id];
    return d.str(r.local) == local && d.str(r.prefix) == prefix && d.str(r.ns) == ns;
  });
  if (known != IdTable::kAbsent) return known;
  auto id = static_cast<std::uint32_t>(doc_->names_.size());
  StrRef ns_ref = intern(ns), local_ref = intern(local);
  doc_->names_.push_back(
      Document::QNameRec{ns_ref, local_ref, intern(prefix), name_code(ns_ref, local_ref)});
  name_ids_.insert(hash, id);
  return id;
}

NameCode TreeBuilder::name_code(StrRef ns, StrRef local) {
  // Interned strings: equal offsets, equal strings (the empty string is offset 0, length 0).
  const std::uint64_t hash = mix(std::uint64_t{ns.offset} << 32 | local.offset);
  const Document& d = *doc_;
  const NameCode known = name_codes_.find(hash, [&](NameCode code) {
    const Document::ExpandedName& e = d.expanded_names_[code];
    return e.ns.offset == ns.offset && e.local.offset == local.offset;
  });
  if (known != IdTable::kAbsent) return known;
  const auto code = static_cast<NameCode>(doc_->expanded_names_.size());
  doc_->expanded_names_.push_back(Document::ExpandedName{ns, local});
  name_codes_.insert(hash, code);
  return code;
}

// The lookup table of find_name_code and the per-name element lists of elements_named, filled
// once the tree is complete (a counting sort of the elements by name code, in document order).
void TreeBuilder::index_names() {
  Document& d = *doc_;
  d.index_expanded_names();
  d.index_by_name(NodeKind::kElement, d.element_index_begin_, d.element_index_);
}

void TreeBuilder::ensure_document() {
  if (doc_) return;
  doc_ = std::make_unique<Document>();
  doc_->id_ = next_document_id.fetch_add(1);
  doc_->base_uri_ = options_.base_uri;
  doc_->arena_.reserve(options_.message_size);
  whitespace_by_length_.fill(StrRef{});
  name_id("", "", "");  // name 0 = no name
  // Namespace set 0: only the implicit xml binding.
  doc_->ns_records_.push_back(Document::NsRec{intern("xml"), intern(kXmlNamespace)});
  doc_->ns_sets_.push_back(Document::NsSet{0, 1});
  add_node(NodeKind::kDocument, 0, 1, 0, TextPosition{1, 1});
  open_.push_back(0);
  ns_stack_.push_back(0);
}

NodeIndex TreeBuilder::add_node(NodeKind kind, std::uint32_t name, std::uint32_t a, std::uint32_t b,
                                TextPosition position) {
  auto n = static_cast<NodeIndex>(doc_->nodes_.size());
  NodeIndex parent = open_.empty() ? kNoNode : open_.back();
  doc_->nodes_.push_back(Document::Node{static_cast<std::uint32_t>(kind) << 29 | name, parent,
                                        n + 1, a, b, position.line, position.column});
  return n;
}

void TreeBuilder::start_document() { ensure_document(); }

void TreeBuilder::end_document() {
  ensure_document();
  flush_text();
  while (!open_.empty()) {
    doc_->nodes_[open_.back()].end = static_cast<NodeIndex>(doc_->nodes_.size());
    open_.pop_back();
  }
}

void TreeBuilder::start_prefix_mapping(std::string_view prefix, std::string_view uri) {
  pending_ns_.emplace_back(std::string(prefix), std::string(uri));
}

void TreeBuilder::flush_text() {
  if (!have_text_) return;
  have_text_ = false;
  // The text's pieces were appended to the arena as they came: it is stored already.
  const StrRef text{text_offset_, static_cast<std::uint32_t>(doc_->arena_.size() - text_offset_)};
  const bool whitespace = is_xml_whitespace(doc_->str(text));
  if (open_.size() <= 1 || (options_.strip_whitespace && whitespace)) {
    doc_->arena_.truncate(text_offset_);
    return;
  }
  const StrRef r = whitespace ? share_whitespace(text) : text;
  add_node(NodeKind::kText, 0, r.offset, r.length, text_position_);
}

void TreeBuilder::start_element(const ElementStart& start) {
  ensure_document();
  flush_text();
  std::uint32_t ns_set = ns_stack_.back();
  if (!pending_ns_.empty()) {
    const Document::NsSet parent_set = doc_->ns_sets_[ns_set];
    std::vector<Document::NsRec> records(
        doc_->ns_records_.begin() + parent_set.begin,
        doc_->ns_records_.begin() + parent_set.begin + parent_set.count);
    for (const auto& pending : pending_ns_) {
      // Not a structured binding: clang 14 cannot capture those in the lambda below.
      const std::string& p = pending.first;
      const std::string& uri = pending.second;
      std::erase_if(records, [&](const Document::NsRec& r) { return doc_->str(r.prefix) == p; });
      if (!uri.empty()) records.push_back(Document::NsRec{intern(p), intern(uri)});
    }
    pending_ns_.clear();
    ns_set = static_cast<std::uint32_t>(doc_->ns_sets_.size());
    doc_->ns_sets_.push_back(Document::NsSet{static_cast<std::uint32_t>(doc_->ns_records_.size()),
                                             static_cast<std::uint32_t>(records.size())});
    doc_->ns_records_.insert(doc_->ns_records_.end(), records.begin(), records.end());
  }
  NodeIndex element =
      add_node(NodeKind::kElement, name_id(start.namespace_uri, start.local_name, start.prefix), 0,
               ns_set, start.position);
  open_.push_back(element);
  ns_stack_.push_back(ns_set);
  for (const XmlAttribute& attribute : start.attributes) {
    // XSLT processors without schema awareness (what Schematron results are compared with) see
    // the document's own attributes, not the defaults and fixed values a schema adds.
    if (!attribute.specified) continue;
    StrRef v = store(attribute.value);
    add_node(NodeKind::kAttribute,
             name_id(attribute.namespace_uri, attribute.local_name, attribute.prefix), v.offset,
             v.length, start.position);
  }
  doc_->nodes_[element].a = static_cast<NodeIndex>(doc_->nodes_.size());
}

void TreeBuilder::end_element(std::string_view, std::string_view, TextPosition) {
  flush_text();
  if (open_.size() <= 1) return;
  doc_->nodes_[open_.back()].end = static_cast<NodeIndex>(doc_->nodes_.size());
  open_.pop_back();
  ns_stack_.pop_back();
}

void TreeBuilder::characters(std::string_view text, TextPosition position) {
  ensure_document();
  if (!have_text_) {
    have_text_ = true;
    text_position_ = position;
    text_offset_ = static_cast<std::uint32_t>(doc_->arena_.size());
  }
  // Into the arena at once, not into a buffer first: attachments are hundreds of kilobytes of
  // text, which the copy from the buffer into the arena moved a second time.
  doc_->arena_.append(text.data(), text.size());
}

void TreeBuilder::comment(std::string_view text, TextPosition position) {
  ensure_document();
  flush_text();
  StrRef r = store(text);
  add_node(NodeKind::kComment, 0, r.offset, r.length, position);
}

void TreeBuilder::processing_instruction(std::string_view target, std::string_view data,
                                         TextPosition position) {
  ensure_document();
  flush_text();
  std::uint32_t name = name_id("", target, "");
  StrRef r = store(data);
  add_node(NodeKind::kProcessingInstruction, name, r.offset, r.length, position);
}

std::unique_ptr<Document> TreeBuilder::take() {
  ensure_document();
  end_document();
  doc_->nodes_.shrink_to_fit();
  doc_->arena_.shrink_to_fit();
  index_names();
  interned_.clear();
  interned_refs_.clear();
  name_ids_.clear();
  name_codes_.clear();
  ns_stack_.clear();
  return std::move(doc_);
}

}  // namespace konform::xdm
