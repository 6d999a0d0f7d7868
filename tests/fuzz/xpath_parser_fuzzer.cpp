// The XPath 2.0 parser: every input compiled as an expression and as an XSLT match pattern.
#include "tests/fuzz/fuzz_target.h"
#include "validator/xpath/xpath.h"

KONFORM_FUZZ_TARGET(xpath_parser) {
  static konform::xpath::StaticContext& statics = []() -> konform::xpath::StaticContext& {
    static konform::xpath::StaticContext context;
    context.declare_namespace("t", "urn:fuzz");
    context.declare_variable("v");
    context.add_key("k", "t:item", "@code");
    return context;
  }();
  const auto text = konform::fuzz::as_text(data, size);
  try {
    konform::xpath::compile(text, statics);
  } catch (const konform::xpath::Error&) {
  }
  try {
    konform::xpath::compile_pattern(text, statics);
  } catch (const konform::xpath::Error&) {
  }
  return 0;
}
