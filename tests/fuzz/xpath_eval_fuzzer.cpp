// The XPath 2.0 evaluator on a fixed small document: every input that compiles is evaluated with
// a small step budget and its result turned into strings.
#include <memory>
#include <stdexcept>
#include <vector>

#include "tests/fuzz/fuzz_target.h"
#include "validator/xdm/tree_builder.h"
#include "validator/xml/xml_reader.h"
#include "validator/xpath/xpath.h"

namespace {

constexpr std::string_view kDocument = R"(<?xml version="1.0" encoding="UTF-8"?>
<t:order xmlns:t="urn:fuzz" xmlns:x="urn:other" version="1.2" id="o1">
  <!-- an order -->
  <t:id>42</t:id>
  <t:date>2024-02-29</t:date>
  <t:item amount="10.50" code="AB1" x:note="n">Äpfel &amp; Birnen</t:item>
  <t:item amount="-3" code="CD"><x:sub>1e3</x:sub><x:sub/></t:item>
  <t:item amount="NaN" code="">   </t:item>
  <?pi data?>
  <t:when>2024-01-01T12:00:00+01:00</t:when>
</t:order>)";

std::unique_ptr<konform::xdm::Document> build_document() {
  konform::xml::XmlReader reader(nullptr);
  konform::xdm::TreeBuilder builder;
  std::vector<konform::ReadError> errors;
  const auto outcome = reader.read(kDocument, "fixed.xml", &builder, errors);
  if (outcome.end != konform::xml::ReadEnd::kCompleted) throw std::logic_error("fixed document");
  return builder.take();
}

}  // namespace

KONFORM_FUZZ_TARGET(xpath_eval) {
  static const auto document = build_document();
  static konform::xpath::StaticContext& statics = []() -> konform::xpath::StaticContext& {
    static konform::xpath::StaticContext context;
    context.declare_namespace("t", "urn:fuzz");
    context.declare_namespace("x", "urn:other");
    context.declare_variable("v");
    context.add_key("k", "t:item", "@code");
    return context;
  }();
  try {
    const auto expression = konform::xpath::compile(konform::fuzz::as_text(data, size), statics);
    konform::xpath::DynamicContext dynamics;
    dynamics.context_item = konform::xpath::Item(document->root());
    dynamics.set_variable(0, {konform::xpath::Item(document->root())});
    dynamics.step_budget = 200'000;
    const auto result = expression.evaluate(dynamics);
    konform::xpath::join_string_values(result);
    konform::xpath::effective_boolean_value(result);
  } catch (const konform::xpath::Error&) {
  }
  return 0;
}
