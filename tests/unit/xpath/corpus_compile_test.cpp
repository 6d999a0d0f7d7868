// Every XPath expression in the corpus Schematron files (rule contexts as patterns; assert and
// report tests, value-of selects and let values as expressions) must compile.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>

#include <pugixml.hpp>

#include "tests/support/test_paths.h"
#include "validator/xpath/xpath.h"

namespace fs = std::filesystem;
using namespace konform::xpath;

namespace {

constexpr const char* kSch = "http://purl.oclc.org/dsdl/schematron";

std::string local(const pugi::xml_node& n) {
  std::string name = n.name();
  auto colon = name.find(':');
  return colon == std::string::npos ? name : name.substr(colon + 1);
}

// True inside an abstract pattern (its $parameters are placeholders, not variables).
bool in_abstract_pattern(pugi::xml_node n) {
  for (; n; n = n.parent()) {
    if (local(n) == "pattern" && std::string(n.attribute("abstract").value()) == "true")
      return true;
  }
  return false;
}

std::vector<fs::path> schematron_files() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(konform::test::corpus_dir())) {
    if (entry.is_regular_file() && entry.path().extension() == ".sch") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_corpus)

BOOST_AUTO_TEST_CASE(all_corpus_schematron_expressions_compile) {
  std::vector<fs::path> files = schematron_files();
  BOOST_TEST_REQUIRE(!files.empty());
  std::vector<std::unique_ptr<pugi::xml_document>> docs;
  std::set<std::string> let_names;
  for (const fs::path& p : files) {
    auto doc = std::make_unique<pugi::xml_document>();
    BOOST_TEST_REQUIRE(static_cast<bool>(doc->load_file(p.c_str())));
    for (pugi::xpath_node let : doc->select_nodes("//*[local-name()='let']"))
      let_names.insert(let.node().attribute("name").value());
    docs.push_back(std::move(doc));
  }
  int compiled = 0;
  for (std::size_t f = 0; f < files.size(); ++f) {
    StaticContext sc;
    pugi::xml_node root = docs[f]->document_element();
    // xsl:function names resolve through the XML namespace declarations (as in XSLT).
    for (pugi::xml_attribute a : root.attributes()) {
      std::string name = a.name();
      if (name.rfind("xmlns:", 0) == 0) sc.declare_namespace(name.substr(6), a.value());
    }
    for (pugi::xpath_node ns : docs[f]->select_nodes("//*[local-name()='ns']"))
      sc.declare_namespace(ns.node().attribute("prefix").value(),
                           ns.node().attribute("uri").value());
    for (const std::string& name : let_names) sc.declare_variable(name);
    for (pugi::xpath_node fn : docs[f]->select_nodes("//*[local-name()='function']")) {
      std::vector<std::string> names, types;
      for (pugi::xml_node param : fn.node().children()) {
        if (local(param) != "param") continue;
        names.push_back(param.attribute("name").value());
        types.push_back(param.attribute("as").value());
      }
      std::string body;
      for (pugi::xml_node s : fn.node().children()) {
        if (local(s) == "sequence") body = s.attribute("select").value();
      }
      sc.add_user_function(fn.node().attribute("name").value(), names, types,
                           fn.node().attribute("as").value(), body);
    }
    for (pugi::xpath_node x : docs[f]->select_nodes("//*")) {
      pugi::xml_node n = x.node();
      std::string l = local(n);
      const char* attribute = nullptr;
      bool pattern = false;
      if (l == "rule") {
        attribute = "context";
        pattern = true;
      } else if (l == "assert" || l == "report")
        attribute = "test";
      else if (l == "value-of")
        attribute = "select";
      else if (l == "let")
        attribute = "value";
      else if (l == "function") {
        // Compile each function body through a call with the right arity.
        std::string call = std::string(n.attribute("name").value()) + "(";
        int params = 0;
        for (pugi::xml_node p : n.children()) params += local(p) == "param";
        for (int i = 0; i < params; ++i) call += i ? ", ()" : "()";
        BOOST_TEST_CONTEXT(files[f].string() << ": " << call) {
          BOOST_CHECK_NO_THROW(compile(call + ")", sc));
        }
        continue;
      }
      if (attribute == nullptr || !n.attribute(attribute)) continue;
      std::string expression = n.attribute(attribute).value();
      if (in_abstract_pattern(n) && expression.find('$') != std::string::npos) continue;
      BOOST_TEST_CONTEXT(files[f].string()
                         << " line-ish " << n.offset_debug() << ": " << expression) {
        try {
          if (pattern)
            compile_pattern(expression, sc);
          else
            compile(expression, sc);
          ++compiled;
        } catch (const Error& e) {
          BOOST_ERROR("does not compile: " << e.what() << " at offset " << e.offset());
        }
      }
    }
    (void)kSch;
  }
  BOOST_TEST_MESSAGE("compiled " << compiled << " corpus expressions");
  BOOST_TEST(compiled > 450);
}

BOOST_AUTO_TEST_SUITE_END()
