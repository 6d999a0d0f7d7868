// Runs the real XRechnung Schematron rules (UBL and CII) over the valid XRechnung test-suite
// invoices with a minimal Schematron runner (global lets, first matching rule per pattern, rule
// lets, asserts). Valid invoices must pass every fatal assert and raise no dynamic error.
#include <boost/test/unit_test.hpp>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <pugixml.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/xdm/pugi_tree_loader.h"
#include "validator/xpath/xpath.h"

namespace fs = std::filesystem;
using namespace konform::xpath;

namespace {

std::string local(const pugi::xml_node& n) {
  std::string name = n.name();
  auto colon = name.find(':');
  return colon == std::string::npos ? name : name.substr(colon + 1);
}

struct Let {
  std::size_t slot;
  CompiledExpression value;
};
struct Assert {
  std::string id, flag;
  CompiledExpression test;
};
struct Rule {
  Pattern context;
  std::vector<Let> lets;
  std::vector<Assert> asserts;
};
struct SchemaRules {
  std::unique_ptr<StaticContext> statics = std::make_unique<StaticContext>();
  std::vector<Let> globals;
  std::vector<std::vector<Rule>> patterns;
};

void collect_lets(pugi::xml_node parent, SchemaRules& s, std::vector<Let>& out) {
  for (pugi::xml_node let : parent.children()) {
    if (local(let) != "let") continue;
    std::size_t slot = s.statics->declare_variable(let.attribute("name").value());
    out.push_back({slot, compile(let.attribute("value").value(), *s.statics)});
  }
}

SchemaRules load(const fs::path& file) {
  SchemaRules s;
  pugi::xml_document doc;
  BOOST_TEST_REQUIRE(static_cast<bool>(doc.load_file(file.c_str())));
  pugi::xml_node schema = doc.document_element();
  for (pugi::xml_attribute a : schema.attributes()) {
    std::string name = a.name();
    if (name.rfind("xmlns:", 0) == 0) s.statics->declare_namespace(name.substr(6), a.value());
  }
  for (pugi::xml_node n : schema.children()) {
    if (local(n) == "ns")
      s.statics->declare_namespace(n.attribute("prefix").value(), n.attribute("uri").value());
  }
  // Declare every let first (rules may refer to lets declared later in the file).
  for (pugi::xpath_node let : doc.select_nodes("//*[local-name()='let']"))
    s.statics->declare_variable(let.node().attribute("name").value());
  for (pugi::xml_node n : schema.children()) {
    if (local(n) == "function") {
      std::vector<std::string> names, types;
      std::string body;
      for (pugi::xml_node c : n.children()) {
        if (local(c) == "param") {
          names.push_back(c.attribute("name").value());
          types.push_back(c.attribute("as").value());
        } else if (local(c) == "sequence") {
          body = c.attribute("select").value();
        }
      }
      s.statics->add_user_function(n.attribute("name").value(), names, types,
                                   n.attribute("as").value(), body);
    }
  }
  std::vector<pugi::xml_node> schema_parts{schema};
  pugi::xml_document included;
  for (pugi::xml_node n : schema.children()) {
    if (local(n) == "include") {
      BOOST_TEST_REQUIRE(static_cast<bool>(
          included.load_file((file.parent_path() / n.attribute("href").value()).c_str())));
      for (pugi::xpath_node let : included.select_nodes("//*[local-name()='let']"))
        s.statics->declare_variable(let.node().attribute("name").value());
      // The included file only declares variables the schema's own lets use: evaluate it first.
      schema_parts.insert(schema_parts.begin(), included.document_element());
    }
  }
  for (pugi::xml_node part : schema_parts) {
    collect_lets(part, s, s.globals);
    std::vector<pugi::xml_node> patterns;
    if (local(part) == "pattern") patterns.push_back(part);
    for (pugi::xml_node p : part.children()) {
      if (local(p) == "pattern") patterns.push_back(p);
    }
    for (pugi::xml_node p : patterns) {
      collect_lets(p, s, s.globals);
      std::vector<Rule> rules;
      for (pugi::xml_node r : p.children()) {
        if (local(r) != "rule") continue;
        Rule rule{compile_pattern(r.attribute("context").value(), *s.statics), {}, {}};
        collect_lets(r, s, rule.lets);
        for (pugi::xml_node a : r.children()) {
          if (local(a) != "assert") continue;
          rule.asserts.push_back({a.attribute("id").value(), a.attribute("flag").value(),
                                  compile(a.attribute("test").value(), *s.statics)});
        }
        rules.push_back(std::move(rule));
      }
      s.patterns.push_back(std::move(rules));
    }
  }
  return s;
}

// Returns the ids of failed asserts ("W:id" for warnings and information) and
// "ERROR id: message" for dynamic errors.
std::vector<std::string> validate(const SchemaRules& s, const konform::xdm::Document& doc) {
  std::vector<std::string> problems;
  DynamicContext dc;
  dc.context_item = Item(doc.root());
  for (const Let& let : s.globals) dc.set_variable(let.slot, let.value.evaluate(dc));
  for (const auto& rules : s.patterns) {
    for (konform::xdm::NodeIndex i = 0; i < doc.size(); ++i) {
      konform::xdm::NodeRef node = doc.ref(i);
      for (const Rule& rule : rules) {
        if (!rule.context.matches(node, dc)) continue;
        dc.context_item = Item(node);
        for (const Let& let : rule.lets) dc.set_variable(let.slot, let.value.evaluate(dc));
        for (const Assert& a : rule.asserts) {
          try {
            if (!a.test.evaluate_boolean(dc))
              problems.push_back(a.flag == "warning" || a.flag == "information" ? "W:" + a.id
                                                                                : a.id);
          } catch (const Error& e) {
            problems.push_back("ERROR " + a.id + ": " + e.what());
          }
        }
        dc.context_item = Item(doc.root());
        break;  // first matching rule of the pattern only
      }
    }
  }
  return problems;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void run_suite(const std::string& sch, const std::string& suffix) {
  fs::path base = konform::test::corpus_dir() / "xrechnung";
  SchemaRules rules = load(base / "schematron/src/validation/schematron" / sch);
  int invoices = 0;
  double total_ms = 0;
  for (const auto& entry : fs::recursive_directory_iterator(base / "testsuite/src/test")) {
    std::string name = entry.path().filename().string();
    if (name.size() < suffix.size() ||
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string xml = read(entry.path());
    auto doc = konform::xdm::test::parse_xml(xml);
    BOOST_TEST(doc->memory_bytes() <= 4 * xml.size());
    std::clock_t start = std::clock();  // CPU time: the build machine is shared
    std::vector<std::string> problems = validate(rules, *doc);
    total_ms += 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    ++invoices;
    BOOST_TEST_CONTEXT(entry.path().string()) {
      std::string joined;
      for (const auto& p : problems) {
        if (p.rfind("W:", 0) != 0) joined += p + "; ";
      }
      BOOST_TEST(joined.empty(), "failed: " << joined);
    }
  }
  BOOST_TEST(invoices > 5);
  BOOST_TEST_MESSAGE(sch << ": " << invoices << " invoices, " << total_ms / std::max(invoices, 1)
                         << " ms CPU per invoice");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_xrechnung)

BOOST_AUTO_TEST_CASE(ubl_test_suite_passes_xrechnung_rules) {
  run_suite("ubl/XRechnung-UBL-validation.sch", "_ubl.xml");
}

BOOST_AUTO_TEST_CASE(cii_test_suite_passes_xrechnung_rules) {
  run_suite("cii/XRechnung-CII-validation.sch", "_uncefact.xml");
}

BOOST_AUTO_TEST_CASE(broken_invoice_fails_the_expected_rules) {
  fs::path base = konform::test::corpus_dir() / "xrechnung";
  SchemaRules rules =
      load(base / "schematron/src/validation/schematron/ubl/XRechnung-UBL-validation.sch");
  std::string xml =
      read(base / "testsuite/src/test/technical-cases/cius/01.01_comprehensive_test_ubl.xml");
  auto replace_element = [&](const std::string& tag, const std::string& content) {
    auto open = xml.find("<" + tag + ">");
    BOOST_TEST_REQUIRE(open != std::string::npos);
    auto close = xml.find("</" + tag + ">", open);
    xml.replace(open + tag.size() + 2, close - open - tag.size() - 2, content);
  };
  replace_element("cbc:CustomizationID", "urn:wrong");
  replace_element("cbc:BuyerReference", "   ");
  auto doc = konform::xdm::test::parse_xml(xml);
  std::vector<std::string> problems = validate(rules, *doc);
  std::string joined;
  for (const auto& p : problems) joined += p + " ";
  BOOST_TEST_MESSAGE("problems: " << joined);
  BOOST_TEST(std::count(problems.begin(), problems.end(), "W:BR-DE-21") == 1);
  BOOST_TEST(std::count(problems.begin(), problems.end(), "BR-DE-15") == 1);
  BOOST_TEST(joined.find("ERROR") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
