// Hands each parse event to two sinks, so one streaming pass can feed several stages (the code-list
// checks and the XPath data model for Schematron) without parsing the document twice.
#pragma once

#include "validator/input/xml_event_sink.h"

namespace konform {

class TeeSink : public XmlEventSink {
 public:
  /// Either sink may be null.
  TeeSink(XmlEventSink* first, XmlEventSink* second) : first_(first), second_(second) {}

  void set_path_source(const ElementPathSource* source) override {
    if (first_) first_->set_path_source(source);
    if (second_) second_->set_path_source(source);
  }
  void start_document() override {
    if (first_) first_->start_document();
    if (second_) second_->start_document();
  }
  void end_document() override {
    if (first_) first_->end_document();
    if (second_) second_->end_document();
  }
  void start_prefix_mapping(std::string_view prefix, std::string_view uri) override {
    if (first_) first_->start_prefix_mapping(prefix, uri);
    if (second_) second_->start_prefix_mapping(prefix, uri);
  }
  void start_element(const ElementStart& element) override {
    if (first_) first_->start_element(element);
    if (second_) second_->start_element(element);
  }
  void end_element(std::string_view namespace_uri, std::string_view local_name,
                   TextPosition position) override {
    if (first_) first_->end_element(namespace_uri, local_name, position);
    if (second_) second_->end_element(namespace_uri, local_name, position);
  }
  void characters(std::string_view text, TextPosition position) override {
    if (first_) first_->characters(text, position);
    if (second_) second_->characters(text, position);
  }
  bool wants_characters() const override {
    return (first_ && first_->wants_characters()) || (second_ && second_->wants_characters());
  }
  /// Every attribute when either sink wants every one; two filtering sinks get every one too
  /// (no such pair exists).
  std::span<const std::string_view> wanted_attributes() const override {
    if (!first_)
      return second_ ? second_->wanted_attributes() : std::span<const std::string_view>();
    if (!second_) return first_->wanted_attributes();
    return {};
  }
  /// As wanted_attributes.
  std::span<const std::string_view> wanted_element_names() const override {
    if (!first_)
      return second_ ? second_->wanted_element_names() : std::span<const std::string_view>();
    if (!second_) return first_->wanted_element_names();
    return {};
  }
  bool wants_prefixes() const override {
    return (first_ && first_->wants_prefixes()) || (second_ && second_->wants_prefixes());
  }
  bool wants_end_positions() const override {
    return (first_ && first_->wants_end_positions()) || (second_ && second_->wants_end_positions());
  }
  void comment(std::string_view text, TextPosition position) override {
    if (first_) first_->comment(text, position);
    if (second_) second_->comment(text, position);
  }
  void processing_instruction(std::string_view target, std::string_view data,
                              TextPosition position) override {
    if (first_) first_->processing_instruction(target, data, position);
    if (second_) second_->processing_instruction(target, data, position);
  }

 private:
  XmlEventSink* first_;
  XmlEventSink* second_;
};

}  // namespace konform
