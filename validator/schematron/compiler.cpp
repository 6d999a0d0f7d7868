#include "validator/schematron/compiler.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "validator/schematron/abstract_patterns.h"
#include "validator/schematron/assertion_ids.h"
#include "validator/schematron/let_order.h"
#include "validator/schematron/severity_mapping.h"
#include "validator/schematron/source_tree.h"
#include "validator/schematron/xslt_declarations.h"

namespace konform::schematron {
namespace {

SourceRef ref_of(const SchNode& node) {
  if (!node.file) return {};
  TextPosition p = node.file->position(node.offset);
  return {node.file->display_name, p.line, p.column};
}

[[noreturn]] void fail_xpath(const SchNode& node, const xpath::Error& e, std::string_view attribute,
                             std::size_t shift = 0) {
  std::string message = e.what();
  if (message.rfind(e.code() + ": ", 0) == 0) message.erase(0, e.code().size() + 2);
  std::size_t into = 0;
  if (e.offset() != xpath::kNoOffset && e.offset() >= shift) into = e.offset() - shift;
  fail_at(node, e.code(), message + " (in @" + std::string(attribute) + ")", attribute, into);
}

const std::string& required(const SchNode& node, std::string_view attribute) {
  const std::string* value = node.attribute(attribute);
  if (value == nullptr) {
    fail_at(node, kErrorStructure,
            "<" + node.qname + "> needs a @" + std::string(attribute) + " attribute");
  }
  return *value;
}

std::vector<std::string> split_ids(std::string_view list) {
  std::vector<std::string> ids;
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() &&
           (list[i] == ' ' || list[i] == '\t' || list[i] == '\n' || list[i] == '\r'))
      ++i;
    std::size_t start = i;
    while (i < list.size() &&
           !(list[i] == ' ' || list[i] == '\t' || list[i] == '\n' || list[i] == '\r'))
      ++i;
    if (i > start) ids.emplace_back(list.substr(start, i - start));
  }
  return ids;
}

// Elements that document a schema and never affect validation.
bool is_documentation(const SchNode& node) {
  return node.is_sch("title") || node.is_sch("p") || node.is_sch("properties") ||
         node.is_sch("property");
}

class Compiler {
 public:
  Compiler(SchNode root, std::string name, std::string phase,
           std::vector<std::filesystem::path> files)
      : root_(std::move(root)), requested_phase_(std::move(phase)) {
    schema_->name = std::move(name);
    schema_->files = std::move(files);
    schema_->statics = std::make_unique<xpath::StaticContext>();
  }

  std::shared_ptr<const Schema> compile() {
    check_root();
    instantiate_abstract_patterns(root_);
    declare_namespaces();
    register_xslt_declarations(root_, statics());
    collect_abstract_rules();
    collect_diagnostics();
    std::optional<std::set<std::string>> active = choose_phase();
    compile_globals();
    std::size_t index = 0;
    for (const SchNode& child : root_.children) {
      if (!child.is_sch("pattern")) continue;
      ++index;
      if (active && active->count(child.attribute_or("id")) == 0) continue;
      schema_->patterns.push_back(compile_pattern_element(child, index));
    }
    compile_diagnostics();
    order_globals();
    std::vector<std::vector<const NodeFilter*>> filters;
    for (const SchemaPattern& pattern : schema_->patterns) {
      filters.emplace_back();
      for (const Rule& rule : pattern.rules) {
        filters.back().push_back(&rule.filter);
        if (rule.filter.may_match_attributes()) schema_->visits_attributes = true;
      }
    }
    schema_->candidates.build(filters);
    rank_assertion_ids(*schema_);
    return schema_;
  }

 private:
  xpath::StaticContext& statics() { return *schema_->statics; }

  void check_root() {
    if (!root_.is_sch("schema")) {
      fail_at(root_, kErrorStructure,
              "the root element must be <schema> in namespace " + std::string(kSchematronNs) +
                  " (found " + root_.qname + " in '" + root_.ns + "')");
    }
    std::string binding = root_.attribute_or("queryBinding", "xslt");
    for (char& c : binding) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (binding != "xslt2") {
      fail_at(root_, kErrorUnsupported,
              "queryBinding '" + binding + "' is not supported (only xslt2)", "queryBinding");
    }
    for (const SchNode& child : root_.children) {
      if (child.is_text || child.ns != kSchematronNs || is_documentation(child)) continue;
      static const std::set<std::string> kSchemaLevel = {"ns",      "let",         "phase",
                                                         "pattern", "diagnostics", "rules"};
      if (kSchemaLevel.count(child.local) == 0) {
        fail_at(child, child.local == "group" ? kErrorUnsupported : kErrorStructure,
                "unexpected <" + child.qname + "> in the schema");
      }
    }
  }

  void declare_namespaces() {
    for (const SchNode& child : root_.children) {
      if (!child.is_sch("ns")) continue;
      const std::string& prefix = required(child, "prefix");
      const std::string& uri = required(child, "uri");
      auto known = declared_ns_.find(prefix);
      if (known != declared_ns_.end() && known->second != uri) {
        fail_at(child, kErrorStructure,
                "prefix '" + prefix + "' declared twice with different URIs", "uri");
      }
      declared_ns_[prefix] = uri;
      statics().declare_namespace(prefix, uri);
      auto& uris = schema_->declared_namespaces;
      if (std::find(uris.begin(), uris.end(), uri) == uris.end())
        uris.insert(std::upper_bound(uris.begin(), uris.end(), uri), uri);
    }
  }

  void collect_abstract_rules() {
    auto add = [&](const SchNode& rule) {
      const std::string& id = required(rule, "id");
      if (!abstract_rules_.emplace(id, &rule).second) {
        fail_at(rule, kErrorStructure, "duplicate abstract rule id '" + id + "'", "id");
      }
    };
    for (const SchNode& child : root_.children) {
      if (child.is_sch("rules")) {
        for (const SchNode& rule : child.children) {
          if (rule.is_sch("rule")) add(rule);
        }
      } else if (child.is_sch("pattern")) {
        for (const SchNode& rule : child.children) {
          if (rule.is_sch("rule") && rule.attribute_or("abstract") == "true") add(rule);
        }
      }
    }
  }

  void collect_diagnostics() {
    for (const SchNode& child : root_.children) {
      if (!child.is_sch("diagnostics")) continue;
      for (const SchNode& d : child.children) {
        if (!d.is_sch("diagnostic")) continue;
        const std::string& id = required(d, "id");
        if (!diagnostic_index_.emplace(id, diagnostic_nodes_.size()).second) {
          fail_at(d, kErrorStructure, "duplicate diagnostic id '" + id + "'", "id");
        }
        diagnostic_nodes_.push_back(&d);
        schema_->diagnostics.push_back(
            {id, d.attribute_or("xml:lang", child.attribute_or("xml:lang")), {}});
      }
    }
  }

  std::optional<std::set<std::string>> choose_phase() {
    std::string phase = requested_phase_;
    bool from_default = phase.empty() || phase == "#DEFAULT";
    if (from_default) phase = root_.attribute_or("defaultPhase", "#ALL");
    schema_->phase = phase;
    if (phase == "#ALL") return std::nullopt;
    std::set<std::string> pattern_ids;
    for (const SchNode& child : root_.children) {
      if (child.is_sch("pattern")) pattern_ids.insert(child.attribute_or("id"));
    }
    for (const SchNode& child : root_.children) {
      if (!child.is_sch("phase") || child.attribute_or("id") != phase) continue;
      phase_node_ = &child;
      std::set<std::string> active;
      for (const SchNode& a : child.children) {
        if (!a.is_sch("active")) continue;
        const std::string& id = required(a, "pattern");
        if (pattern_ids.count(id) == 0) {
          fail_at(a, kErrorReference, "active pattern='" + id + "' names no pattern", "pattern");
        }
        active.insert(id);
      }
      return active;
    }
    fail_at(root_, kErrorReference, "no phase with id '" + phase + "'",
            from_default ? "defaultPhase" : "");
  }

  // Schema-, phase- and pattern-level lets: XSLT global variables.
  void compile_globals() {
    std::vector<const SchNode*> lets;
    auto collect = [&](const SchNode& parent) {
      for (const SchNode& child : parent.children) {
        if (child.is_sch("let")) lets.push_back(&child);
      }
    };
    collect(root_);
    if (phase_node_ != nullptr) collect(*phase_node_);
    for (const SchNode& child : root_.children) {
      if (child.is_sch("pattern")) collect(child);
    }
    std::set<std::string> names;
    for (const SchNode* let : lets) {
      const std::string& name = required(*let, "name");
      if (!names.insert(name).second) {
        fail_at(*let, "XTSE0630", "global let '" + name + "' is declared twice", "name");
      }
      declare_let(*let, name);
    }
    for (const SchNode* let : lets) global_lets_.push_back(compile_let(*let));
  }

  /// Declares the variable of a let; a name with an undeclared prefix (name="p:x", "x:") is a
  /// SchemaError located at the let, not an xpath::Error escaping the compiler.
  std::size_t declare_let(const SchNode& node, const std::string& name) {
    try {
      return statics().declare_variable(name);
    } catch (const xpath::Error& e) {
      fail_xpath(node, e, "name");
    }
  }

  Let compile_let(const SchNode& node) {
    Let let;
    let.name = required(node, "name");
    let.source = ref_of(node);
    if (node.attribute("value") == nullptr) {
      bool has_content = false;
      for (const SchNode& child : node.children) {
        if (!child.is_text || child.text.find_first_not_of(" \t\r\n") != std::string::npos)
          has_content = true;
      }
      if (has_content) fail_at(node, kErrorUnsupported, "let with element content (no @value)");
      fail_at(node, kErrorStructure, "<let> needs a @value attribute");
    }
    let.value = expression(node, "value");
    let.slot = declare_let(node, let.name);
    return let;
  }

  xpath::CompiledExpression expression(const SchNode& node, std::string_view attribute) {
    const std::string& text = required(node, attribute);
    note_references(text);
    try {
      return xpath::compile(text, statics());
    } catch (const xpath::Error& e) {
      fail_xpath(node, e, attribute);
    }
  }

  void note_references(std::string_view text) {
    for (std::string& name : referenced_variables(text)) used_.insert(std::move(name));
  }

  SchemaPattern compile_pattern_element(const SchNode& node, std::size_t index) {
    SchemaPattern pattern;
    pattern.id = node.attribute_or("id");
    pattern.index = index;
    if (node.attribute("documents") != nullptr) {
      fail_at(node, kErrorUnsupported, "pattern/@documents (other documents than the instance)",
              "documents");
    }
    std::string label = pattern.id.empty() ? std::to_string(index) : pattern.id;
    for (const SchNode& child : node.children) {
      if (child.is_text || child.is_sch("let") || child.is_sch("param") || is_documentation(child))
        continue;
      if (child.is_sch("rule")) {
        if (child.attribute_or("abstract") == "true") continue;
        pattern.rules.push_back(compile_rule(child, label, pattern.rules.size() + 1));
      } else if (child.ns == kSchematronNs) {
        fail_at(child, kErrorStructure, "unexpected <" + child.qname + "> in a pattern");
      }
    }
    return pattern;
  }

  Rule compile_rule(const SchNode& node, const std::string& pattern_label, std::size_t index) {
    Rule rule;
    rule.id = node.attribute_or("id");
    rule.role = node.attribute_or("role");
    rule.flag = node.attribute_or("flag");
    rule.source = ref_of(node);
    rule_subject_.reset();
    if (node.attribute("subject")) rule_subject_ = expression(node, "subject");
    const std::string& context = required(node, "context");
    note_references(context);
    try {
      rule.context = xpath::compile_pattern(context, statics());
    } catch (const xpath::Error& e) {
      fail_xpath(node, e, "context");
    }
    rule.filter = analyse_pattern(context);
    std::vector<std::string> chain;
    add_rule_content(node, rule, chain, pattern_label + "-" + std::to_string(index));
    return rule;
  }

  void add_rule_content(const SchNode& node, Rule& rule, std::vector<std::string>& chain,
                        const std::string& rule_label) {
    for (const SchNode& child : node.children) {
      if (child.is_text || is_documentation(child)) continue;
      if (child.is_sch("let")) {
        rule.lets.push_back(compile_let(child));
      } else if (child.is_sch("assert") || child.is_sch("report")) {
        rule.assertions.push_back(compile_assertion(child, rule, rule_label));
      } else if (child.is_sch("extends")) {
        if (child.attribute("href") != nullptr) {
          fail_at(child, kErrorUnsupported, "extends/@href", "href");
        }
        const std::string& id = required(child, "rule");
        auto it = abstract_rules_.find(id);
        if (it == abstract_rules_.end()) {
          fail_at(child, kErrorReference, "extends rule='" + id + "' names no abstract rule",
                  "rule");
        }
        if (std::find(chain.begin(), chain.end(), id) != chain.end()) {
          fail_at(child, kErrorReference, "abstract rule '" + id + "' extends itself", "rule");
        }
        chain.push_back(id);
        add_rule_content(*it->second, rule, chain, rule_label);
        chain.pop_back();
      } else if (child.ns == kSchematronNs) {
        fail_at(child, kErrorStructure, "unexpected <" + child.qname + "> in a rule");
      }
    }
  }

  Assertion compile_assertion(const SchNode& node, const Rule& rule,
                              const std::string& rule_label) {
    Assertion a;
    a.kind = node.is_sch("assert") ? AssertionKind::kAssert : AssertionKind::kReport;
    a.source = ref_of(node);
    a.id = node.attribute_or("id");
    if (a.id.empty()) {
      a.id = rule_label + "-" + std::to_string(rule.assertions.size() + 1);
      a.id_derived = true;
    }
    a.role = node.attribute_or("role");
    a.flag = node.attribute_or("flag");
    a.severity = severity_of(a.role, a.flag, rule.role, rule.flag);
    a.test = expression(node, "test");
    a.message = compile_message(node);
    a.see = node.attribute_or("see");
    a.title = node.namespaced_attribute(kKonformSchematronNs, "title");
    a.title_de = node.namespaced_attribute(kKonformSchematronNs, "title-de");
    a.subject = node.attribute("subject") ? expression(node, "subject") : rule_subject_;
    for (const std::string& id : split_ids(node.attribute_or("diagnostics"))) {
      auto it = diagnostic_index_.find(id);
      if (it == diagnostic_index_.end()) {
        fail_at(node, kErrorReference, "diagnostics: no diagnostic with id '" + id + "'",
                "diagnostics");
      }
      a.diagnostics.push_back(it->second);
    }
    return a;
  }

  Message compile_message(const SchNode& node) {
    Message message;
    add_message_content(node, message);
    return message;
  }

  void add_text(Message& message, const std::string& text) {
    if (!message.empty() && !message.back().expression) {
      message.back().text += text;
    } else {
      message.push_back({text, std::nullopt});
    }
  }

  void add_message_content(const SchNode& node, Message& message) {
    for (const SchNode& child : node.children) {
      if (child.is_text) {
        add_text(message, child.text);
      } else if (child.is_sch("value-of")) {
        message.push_back({{}, expression(child, "select")});
      } else if (child.is_sch("name")) {
        const std::string* path = child.attribute("path");
        std::string text = path == nullptr ? "name()" : "name(" + *path + ")";
        if (path != nullptr) note_references(*path);
        try {
          message.push_back({{}, xpath::compile(text, statics())});
        } catch (const xpath::Error& e) {
          fail_xpath(child, e, "path", 5);
        }
      } else {
        // emph, dir, span and foreign (e.g. XHTML) elements contribute their content.
        add_message_content(child, message);
      }
    }
  }

  void compile_diagnostics() {
    for (std::size_t i = 0; i < diagnostic_nodes_.size(); ++i) {
      schema_->diagnostics[i].message = compile_message(*diagnostic_nodes_[i]);
    }
  }

  void order_globals() {
    std::vector<std::string> names, values;
    for (const Let& let : global_lets_) {
      names.push_back(let.name);
      values.push_back(let.value.text());
    }
    LetOrder order = order_global_lets(names, values, used_);
    if (order.cycle) {
      const Let& let = global_lets_[*order.cycle];
      throw SchemaError(let.source.file, let.source.line, let.source.column, "XTDE0640",
                        "let '" + let.name + "' depends on itself");
    }
    for (std::size_t i : order.order) schema_->globals.push_back(std::move(global_lets_[i]));
  }

  SchNode root_;
  std::string requested_phase_;
  std::shared_ptr<Schema> schema_ = std::make_shared<Schema>();
  std::map<std::string, std::string> declared_ns_;
  std::map<std::string, const SchNode*> abstract_rules_;
  std::map<std::string, std::size_t> diagnostic_index_;
  std::vector<const SchNode*> diagnostic_nodes_;
  std::optional<xpath::CompiledExpression> rule_subject_;  // @subject of the rule being compiled
  const SchNode* phase_node_ = nullptr;
  std::vector<Let> global_lets_;
  std::set<std::string, std::less<>> used_;
};

}  // namespace

std::size_t Schema::rule_count() const {
  std::size_t n = 0;
  for (const auto& p : patterns) n += p.rules.size();
  return n;
}

std::size_t Schema::assertion_count() const {
  std::size_t n = 0;
  for (const auto& p : patterns) {
    for (const auto& r : p.rules) n += r.assertions.size();
  }
  return n;
}

std::shared_ptr<const Schema> compile_schema(const std::filesystem::path& file,
                                             const CompileOptions& options) {
  std::filesystem::path root = options.root;
  if (root.empty()) root = std::filesystem::absolute(file).parent_path();
  SourceLoader loader(root, options.includes);
  SchNode tree = loader.load_file(file, options.name);
  std::string name = tree.file ? tree.file->display_name : file.string();
  return Compiler(std::move(tree), std::move(name), options.phase, loader.files_read()).compile();
}

std::shared_ptr<const Schema> compile_schema_text(std::string text, const CompileOptions& options) {
  if (options.root.empty()) {
    throw SchemaError(options.name.empty() ? "<memory>" : options.name, 0, 0, kErrorInclude,
                      "compile_schema_text needs CompileOptions::root");
  }
  SourceLoader loader(options.root, options.includes);
  std::string name = options.name.empty() ? "<memory>" : options.name;
  SchNode tree = loader.load_text(std::move(text), name, options.root);
  return Compiler(std::move(tree), std::move(name), options.phase, loader.files_read()).compile();
}

}  // namespace konform::schematron
