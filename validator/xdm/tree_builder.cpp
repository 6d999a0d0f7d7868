#include "validator/xdm/tree_builder.h"

#include <algorithm>
#include <atomic>
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

}  // namespace

TreeBuilder::TreeBuilder(TreeBuilderOptions options) : options_(std::move(options)) {}

Document::StrRef TreeBuilder::store(std::string_view s) {
  StrRef r{static_cast<std::uint32_t>(doc_->arena_.size()), static_cast<std::uint32_t>(s.size())};
  doc_->arena_.append(s.data(), s.size());
  return r;
}

Document::StrRef TreeBuilder::intern(std::string_view s) {
  auto it = interned_.find(std::string(s));
  if (it != interned_.end()) return it->second;
  StrRef r = store(s);
  interned_.emplace(std::string(s), r);
  return r;
}

std::uint32_t TreeBuilder::name_id(std::string_view ns, std::string_view local,
                                   std::string_view prefix) {
  // The key is built in a buffer kept across calls: every element and attribute asks, and a
  // fresh string for each was a third of the builder's time on a large message.
  std::string& key = name_key_;
  key.clear();
  key.append(ns).push_back('\0');
  key.append(local).push_back('\0');
  key.append(prefix);
  auto it = name_ids_.find(key);
  if (it != name_ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(doc_->names_.size());
  StrRef ns_ref = intern(ns), local_ref = intern(local);
  doc_->names_.push_back(
      Document::QNameRec{ns_ref, local_ref, intern(prefix), name_code(ns_ref, local_ref)});
  name_ids_.emplace(key, id);
  return id;
}

NameCode TreeBuilder::name_code(StrRef ns, StrRef local) {
  // Interned strings: equal offsets, equal strings (the empty string is offset 0, length 0).
  auto key = std::uint64_t{ns.offset} << 32 | local.offset;
  auto [it, added] = name_codes_.emplace(key, static_cast<NameCode>(doc_->expanded_names_.size()));
  if (added) doc_->expanded_names_.push_back(Document::ExpandedName{ns, local});
  return it->second;
}

// The lookup table of find_name_code and the per-name element lists of elements_named, filled
// once the tree is complete (a counting sort of the elements by name code, in document order).
void TreeBuilder::index_names() {
  Document& d = *doc_;
  const std::size_t codes = d.expanded_names_.size();
  d.codes_by_name_.resize(codes);
  for (NameCode c = 0; c < codes; ++c) d.codes_by_name_[c] = c;
  std::sort(d.codes_by_name_.begin(), d.codes_by_name_.end(), [&](NameCode a, NameCode b) {
    const auto& x = d.expanded_names_[a];
    const auto& y = d.expanded_names_[b];
    return std::pair(d.str(x.ns), d.str(x.local)) < std::pair(d.str(y.ns), d.str(y.local));
  });
  d.index_by_name(NodeKind::kElement, d.element_index_begin_, d.element_index_);
}

void TreeBuilder::ensure_document() {
  if (doc_) return;
  doc_ = std::make_unique<Document>();
  doc_->id_ = next_document_id.fetch_add(1);
  doc_->base_uri_ = options_.base_uri;
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
  if (open_.size() > 1 && !(options_.strip_whitespace && is_xml_whitespace(text_))) {
    StrRef r = store(text_);
    add_node(NodeKind::kText, 0, r.offset, r.length, text_position_);
  }
  text_.clear();
}

void TreeBuilder::start_element(std::string_view namespace_uri, std::string_view local_name,
                                std::string_view prefix, std::span<const XmlAttribute> attributes,
                                TextPosition position) {
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
      add_node(NodeKind::kElement, name_id(namespace_uri, local_name, prefix), 0, ns_set, position);
  open_.push_back(element);
  ns_stack_.push_back(ns_set);
  for (const XmlAttribute& attribute : attributes) {
    // XSLT processors without schema awareness (what Schematron results are compared with) see
    // the document's own attributes, not the defaults and fixed values a schema adds.
    if (!attribute.specified) continue;
    StrRef v = store(attribute.value);
    add_node(NodeKind::kAttribute,
             name_id(attribute.namespace_uri, attribute.local_name, attribute.prefix), v.offset,
             v.length, position);
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
  }
  text_.append(text);
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
  name_ids_.clear();
  name_codes_.clear();
  ns_stack_.clear();
  return std::move(doc_);
}

}  // namespace konform::xdm
