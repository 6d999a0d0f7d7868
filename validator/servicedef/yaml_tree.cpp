#include "validator/servicedef/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace konform::servicedef {
namespace {

/// yaml-cpp parses nested collections recursively; a line such as "- - - - …" or "[[[[…" a
/// megabyte long would overflow the stack before any event reaches us. This cheap scan bounds
/// the nesting the parser can see: indentation, leading sequence indicators and flow brackets.
constexpr int kMaxScannedNesting = 1024;

int scanned_nesting(std::string_view text) {
  int deepest = 0;
  int flow = 0;
  char quote = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    // Start of a line: indentation and compact "- " indicators.
    int block = 0;
    while (i < text.size() && text[i] == ' ') ++block, ++i;
    while (i + 1 < text.size() && text[i] == '-' && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      ++block;
      i += 2;
      while (i < text.size() && text[i] == ' ') ++i;
    }
    for (; i < text.size() && text[i] != '\n'; ++i) {
      const char c = text[i];
      if (quote != 0) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '#') break;  // a comment: the rest of the line does not nest
      if (c == '"' || c == '\'') quote = c;
      if (c == '[' || c == '{') ++flow;
      if ((c == ']' || c == '}') && flow > 0) --flow;
      deepest = std::max(deepest, block + flow);
    }
    while (i < text.size() && text[i] != '\n') ++i;
    if (i < text.size()) ++i;
    deepest = std::max(deepest, block + flow);
  }
  return deepest;
}

YamlPosition position_of(const YAML::Mark& mark) { return {mark.line + 1, mark.column + 1}; }

std::string type_of_tagged(const std::string& tag, const std::string& value) {
  if (tag == "?") return std::string(core_schema_type(value));
  if (tag == "tag:yaml.org,2002:int") return "int";
  if (tag == "tag:yaml.org,2002:float") return "float";
  if (tag == "tag:yaml.org,2002:bool") return "bool";
  if (tag == "tag:yaml.org,2002:null") return "null";
  return "str";  // "!" (quoted or block scalar), !!str and local tags
}

/// Builds the tree from parser events. Collections under construction live on a stack and are
/// attached to their parent when they end, so no pointer into a growing vector is kept.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const YamlLimits& limits, std::vector<YamlProblem>& problems)
      : limits_(limits), problems_(problems) {}

  std::unique_ptr<YamlNode> take() { return std::move(root_); }
  YamlPosition document_start{1, 1};

  void OnDocumentStart(const YAML::Mark& mark) override { document_start = position_of(mark); }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    auto node = std::make_unique<YamlNode>();
    node->position = position_of(mark);
    node->type = "null";
    attach(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    problem(position_of(mark),
            "YAML aliases (*name) are not allowed in service definitions; write the value out",
            "YAML-Aliase (*name) sind in Leistungsbeschreibungen nicht erlaubt; bitte den Wert "
            "ausschreiben");
    OnNull(mark, 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    auto node = std::make_unique<YamlNode>();
    node->position = position_of(mark);
    node->value = value;
    node->type = type_of_tagged(tag, value);
    attach(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::kSequence, mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::kMap, mark);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    std::unique_ptr<YamlNode> node;
    bool expecting_key = true;  ///< mappings alternate key, value
    std::string key;
    YamlPosition key_position;
    bool skip_value = false;  ///< the key was refused; drop its value
    std::set<std::string> keys;
  };

  void open(YamlNode::Kind kind, const YAML::Mark& mark) {
    auto node = std::make_unique<YamlNode>();
    node->kind = kind;
    node->position = position_of(mark);
    if (static_cast<int>(stack_.size()) >= limits_.max_depth && !too_deep_reported_) {
      too_deep_reported_ = true;
      problem(node->position,
              "nesting deeper than " + std::to_string(limits_.max_depth) + " levels",
              "Verschachtelung tiefer als " + std::to_string(limits_.max_depth) + " Ebenen");
    }
    Open frame;
    frame.node = std::move(node);
    stack_.push_back(std::move(frame));
  }

  void close() {
    Open top = std::move(stack_.back());
    stack_.pop_back();
    attach(std::move(top.node));
  }

  void attach(std::unique_ptr<YamlNode> node) {
    if (++nodes_ > limits_.max_nodes) {
      if (nodes_ == limits_.max_nodes + 1) {
        problem(node->position, "more than " + std::to_string(limits_.max_nodes) + " nodes",
                "mehr als " + std::to_string(limits_.max_nodes) + " Knoten");
      }
      return;
    }
    if (stack_.empty()) {
      if (!root_) root_ = std::move(node);
      return;
    }
    Open& parent = stack_.back();
    if (static_cast<int>(stack_.size()) > limits_.max_depth) return;  // already reported
    if (parent.node->kind == YamlNode::Kind::kSequence) {
      parent.node->items.push_back(std::move(node));
      return;
    }
    if (parent.expecting_key) {
      parent.expecting_key = false;
      parent.key_position = node->position;
      parent.skip_value = false;
      if (node->kind != YamlNode::Kind::kScalar) {
        problem(node->position, "a mapping key must be a plain value, not a collection",
                "Ein Schlüssel muss ein einfacher Wert sein, keine Sammlung");
        parent.skip_value = true;
        return;
      }
      parent.key = node->value;
      if (!parent.keys.insert(parent.key).second) {
        problem(node->position, "duplicate key '" + parent.key + "'; only its first value is used",
                "doppelter Schlüssel '" + parent.key + "'; nur der erste Wert gilt");
        parent.skip_value = true;
      }
      return;
    }
    parent.expecting_key = true;
    if (parent.skip_value) return;
    parent.node->entries.push_back({parent.key, parent.key_position, std::move(node)});
  }

  void problem(YamlPosition position, std::string message, std::string message_de) {
    problems_.push_back({position, std::move(message), std::move(message_de)});
  }

  const YamlLimits& limits_;
  std::vector<YamlProblem>& problems_;
  std::vector<Open> stack_;
  std::unique_ptr<YamlNode> root_;
  std::size_t nodes_ = 0;
  bool too_deep_reported_ = false;
};

}  // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& entry : entries) {
    if (entry.key == key) return entry.value.get();
  }
  return nullptr;
}

std::string_view core_schema_type(std::string_view s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return "null";
  if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
    return "bool";
  auto digits = [](std::string_view d, auto is_digit) {
    return !d.empty() && std::all_of(d.begin(), d.end(), is_digit);
  };
  auto dec = [](char c) { return c >= '0' && c <= '9'; };
  auto oct = [](char c) { return c >= '0' && c <= '7'; };
  auto hex = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  if (s.starts_with("0o") && digits(s.substr(2), oct)) return "int";
  if (s.starts_with("0x") && digits(s.substr(2), hex)) return "int";
  std::string_view body = s;
  if (body.front() == '-' || body.front() == '+') body.remove_prefix(1);
  if (digits(body, dec)) return "int";
  if (body == ".inf" || body == ".Inf" || body == ".INF") return "float";
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return "float";
  // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
  std::size_t i = 0;
  std::size_t int_digits = 0, frac_digits = 0;
  while (i < body.size() && dec(body[i])) ++i, ++int_digits;
  bool point = false;
  if (i < body.size() && body[i] == '.') {
    point = true;
    ++i;
    while (i < body.size() && dec(body[i])) ++i, ++frac_digits;
  }
  if (int_digits == 0 && frac_digits == 0) return "str";
  bool exponent = false;
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    ++i;
    if (i < body.size() && (body[i] == '-' || body[i] == '+')) ++i;
    std::size_t exp_digits = 0;
    while (i < body.size() && dec(body[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return "str";
    exponent = true;
  }
  if (i != body.size()) return "str";
  return (point || exponent) ? "float" : "int";
}

YamlDocument read_yaml(std::string_view text, const YamlLimits& limits) {
  YamlDocument document;
  if (scanned_nesting(text) > kMaxScannedNesting) {
    document.problems.push_back(
        {{1, 1},
         "nesting deeper than " + std::to_string(kMaxScannedNesting) + " levels; not read",
         "Verschachtelung tiefer als " + std::to_string(kMaxScannedNesting) +
             " Ebenen; nicht gelesen"});
    return document;
  }
  std::istringstream stream{std::string(text)};
  YAML::Parser parser(stream);
  TreeBuilder builder(limits, document.problems);
  try {
    parser.HandleNextDocument(builder);
    document.root = builder.take();
  } catch (const YAML::Exception& e) {
    document.root.reset();
    document.problems.push_back({{e.mark.line + 1, e.mark.column + 1},
                                 "YAML syntax error: " + e.msg,
                                 "YAML-Syntaxfehler: " + e.msg});
    return document;
  }
  // A further document is reported, not checked (and its own errors do not matter).
  std::vector<YamlProblem> ignored_problems;
  TreeBuilder rest(limits, ignored_problems);
  bool more = false;
  try {
    more = parser.HandleNextDocument(rest);
  } catch (const YAML::Exception&) {
    more = true;
  }
  if (more) {
    document.problems.push_back(
        {rest.document_start,
         "the file holds more than one YAML document; only the first is checked",
         "die Datei enthält mehr als ein YAML-Dokument; nur das erste wird geprüft"});
  }
  return document;
}

}  // namespace konform::servicedef
