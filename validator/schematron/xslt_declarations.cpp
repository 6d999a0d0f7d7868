#include "validator/schematron/xslt_declarations.h"

#include <string>

#include "validator/schematron/schema_error.h"
#include "validator/xpath/xpath.h"

namespace konform::schematron {
namespace {

std::vector<const SchNode*> element_children(const SchNode& node) {
  std::vector<const SchNode*> out;
  for (const SchNode& child : node.children) {
    if (!child.is_text) out.push_back(&child);
  }
  return out;
}

const std::string& required(const SchNode& node, std::string_view attribute) {
  const std::string* value = node.attribute(attribute);
  if (value == nullptr) {
    fail_at(node, kErrorStructure,
            node.qname + " needs a @" + std::string(attribute) + " attribute");
  }
  return *value;
}

std::string sequence_body(const SchNode& node) {
  if (!node.is(kXslNs, "sequence")) {
    fail_at(node, kErrorUnsupported,
            node.qname + " in a function body is not supported (only xsl:sequence and xsl:choose)");
  }
  return "(" + required(node, "select") + ")";
}

// xsl:choose over single xsl:sequence branches -> if (..) then (..) else ...
std::string choose_body(const SchNode& choose) {
  std::string out;
  std::string otherwise = "()";
  int whens = 0;
  for (const SchNode* branch : element_children(choose)) {
    std::vector<const SchNode*> content = element_children(*branch);
    if (content.size() != 1) {
      fail_at(*branch, kErrorUnsupported, "a function branch must hold exactly one xsl:sequence");
    }
    if (branch->is(kXslNs, "when")) {
      out += "if (" + required(*branch, "test") + ") then " + sequence_body(*content[0]) + " else ";
      ++whens;
    } else if (branch->is(kXslNs, "otherwise")) {
      otherwise = sequence_body(*content[0]);
    } else {
      fail_at(*branch, kErrorStructure, "unexpected " + branch->qname + " in xsl:choose");
    }
  }
  if (whens == 0) fail_at(choose, kErrorStructure, "xsl:choose needs an xsl:when");
  return out + otherwise;
}

std::string prefix_of(const std::string& qname) {
  auto colon = qname.find(':');
  return colon == std::string::npos ? std::string() : qname.substr(0, colon);
}

[[noreturn]] void fail_xpath(const SchNode& node, const xpath::Error& e,
                             std::string_view attribute) {
  std::string message = e.what();
  if (message.rfind(e.code() + ": ", 0) == 0) message.erase(0, e.code().size() + 2);
  fail_at(node, e.code(), message, attribute, e.offset() == xpath::kNoOffset ? 0 : e.offset());
}

struct FunctionDecl {
  const SchNode* node;
  std::string name;
  std::size_t arity;
};

}  // namespace

void register_xslt_declarations(const SchNode& schema, xpath::StaticContext& statics) {
  std::vector<FunctionDecl> functions;
  // Functions first: key definitions may call them.
  for (const SchNode& child : schema.children) {
    if (child.is(kXslNs, "function")) {
      const std::string& name = required(child, "name");
      std::string prefix = prefix_of(name);
      if (prefix.empty())
        fail_at(child, "XTSE0740", "a stylesheet function needs a prefixed name", "name");
      // The prefix resolves with the XML namespaces in scope at xsl:function (as in XSLT), else
      // with sch:ns; it is declared for XPath too, so rules can call the function.
      auto in_scope = child.namespaces->find(prefix);
      auto declared = statics.namespace_uri(prefix);
      if (in_scope == child.namespaces->end()) {
        if (!declared) {
          fail_at(child, "XTSE0280", "unbound prefix '" + prefix + "' in the function name",
                  "name");
        }
      } else if (!declared) {
        statics.declare_namespace(prefix, in_scope->second);
      } else if (*declared != in_scope->second) {
        fail_at(child, kErrorStructure,
                "prefix '" + prefix + "' of the function name is bound to another URI by sch:ns",
                "name");
      }
      std::vector<std::string> names, types;
      std::string body;
      for (const SchNode* part : element_children(child)) {
        if (part->is(kXslNs, "param")) {
          if (!body.empty()) fail_at(*part, kErrorStructure, "xsl:param after the function body");
          if (part->attribute("select") != nullptr || !element_children(*part).empty()) {
            fail_at(*part, kErrorUnsupported, "default values of function parameters");
          }
          names.push_back(required(*part, "name"));
          types.push_back(part->attribute_or("as"));
        } else if (!body.empty()) {
          fail_at(*part, kErrorUnsupported, "a function body must be a single instruction");
        } else if (part->is(kXslNs, "choose")) {
          body = choose_body(*part);
        } else {
          body = sequence_body(*part);
        }
      }
      if (body.empty()) fail_at(child, kErrorStructure, "xsl:function without a body");
      try {
        statics.add_user_function(name, names, types, child.attribute_or("as"), body);
      } catch (const xpath::Error& e) {
        fail_xpath(child, e, "as");
      }
      functions.push_back({&child, name, names.size()});
    }
  }
  for (const SchNode& child : schema.children) {
    if (child.is(kXslNs, "function")) continue;
    if (child.is(kXslNs, "key")) {
      const std::string& name = required(child, "name");
      const std::string& match = required(child, "match");
      const std::string& use = required(child, "use");
      try {
        xpath::compile_pattern(match, statics);
      } catch (const xpath::Error& e) {
        fail_xpath(child, e, "match");
      }
      try {
        xpath::compile(use, statics);
      } catch (const xpath::Error& e) {
        fail_xpath(child, e, "use");
      }
      try {
        statics.add_key(name, match, use);
      } catch (const xpath::Error& e) {
        fail_xpath(child, e, "name");
      }
    } else if (child.ns == kXslNs) {
      fail_at(child, kErrorUnsupported, child.qname + " is not supported in a Schematron schema");
    }
  }
  // Bodies compile lazily on the first call; a probe call compiles them now, so a broken
  // function is a compile error of the schema even if no rule calls it.
  for (const FunctionDecl& f : functions) {
    std::string call = f.name + "(";
    for (std::size_t i = 0; i < f.arity; ++i) call += i == 0 ? "()" : ", ()";
    call += ")";
    try {
      xpath::compile(call, statics);
    } catch (const xpath::Error& e) {
      if (e.code() != "XPTY0004") {  // a static type error of the probe's () arguments
        std::string message = e.what();
        fail_at(*f.node, e.code(), "in the body of " + f.name + ": " + message);
      }
    }
  }
}

}  // namespace konform::schematron
