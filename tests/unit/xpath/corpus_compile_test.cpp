// Every XPath expression in the corpus Schematron files (rule contexts as patterns; assert and
// report tests, value-of selects and let values as expressions) must compile, each with the
// namespaces, functions and variables of the schema it belongs to.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <pugixml.hpp>

#include "tests/support/test_paths.h"
#include "validator/xpath/xpath.h"

namespace fs = std::filesystem;
using namespace konform::xpath;

namespace {

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

using Documents = std::map<fs::path, std::unique_ptr<pugi::xml_document>>;

// `file` and every file it includes, at any depth (hrefs relative to the including file).
std::vector<fs::path> with_includes(const fs::path& file, const Documents& docs) {
  std::vector<fs::path> out{file};
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (pugi::xpath_node include :
         docs.at(out[i])->select_nodes("//*[local-name()='include'][@href]")) {
      fs::path target =
          (out[i].parent_path() / include.node().attribute("href").value()).lexically_normal();
      BOOST_TEST_REQUIRE(docs.count(target) == 1u, out[i] << " includes " << target);
      if (std::find(out.begin(), out.end(), target) == out.end()) out.push_back(target);
    }
  }
  return out;
}

// The static context a schema's expressions see: the namespaces and xsl:functions of the schema
// and of everything it includes, every let name of the corpus as a variable.
void declare_schema(StaticContext& sc, const std::vector<fs::path>& files, const Documents& docs,
                    const std::set<std::string>& let_names) {
  // xsl:function names resolve through the XML namespace declarations (as in XSLT).
  for (pugi::xml_attribute a : docs.at(files.front())->document_element().attributes()) {
    std::string name = a.name();
    if (name.rfind("xmlns:", 0) == 0) sc.declare_namespace(name.substr(6), a.value());
  }
  for (const fs::path& file : files) {
    for (pugi::xpath_node ns : docs.at(file)->select_nodes("//*[local-name()='ns']"))
      sc.declare_namespace(ns.node().attribute("prefix").value(),
                           ns.node().attribute("uri").value());
  }
  for (const std::string& name : let_names) sc.declare_variable(name);
  for (const fs::path& file : files) {
    for (pugi::xpath_node fn : docs.at(file)->select_nodes("//*[local-name()='function']")) {
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
  }
}

// Compiles every expression of `doc` in `sc`; returns how many compiled.
int compile_expressions(const fs::path& file, const pugi::xml_document& doc,
                        const StaticContext& sc) {
  int compiled = 0;
  for (pugi::xpath_node x : doc.select_nodes("//*")) {
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
      BOOST_TEST_CONTEXT(file.string() << ": " << call) {
        BOOST_CHECK_NO_THROW(compile(call + ")", sc));
      }
      continue;
    }
    if (attribute == nullptr || !n.attribute(attribute)) continue;
    std::string expression = n.attribute(attribute).value();
    if (in_abstract_pattern(n) && expression.find('$') != std::string::npos) continue;
    BOOST_TEST_CONTEXT(file.string() << " line-ish " << n.offset_debug() << ": " << expression) {
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
  return compiled;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_corpus)

// A schema (root element <schema>) is compiled with everything it includes; a fragment (any
// other root, e.g. EN 16931's <pattern> files) with the namespaces of each schema including it,
// and a fragment that no schema includes is an error.
BOOST_AUTO_TEST_CASE(all_corpus_schematron_expressions_compile) {
  std::vector<fs::path> files = schematron_files();
  BOOST_TEST_REQUIRE(!files.empty());
  Documents docs;
  std::set<std::string> let_names;
  for (const fs::path& p : files) {
    auto doc = std::make_unique<pugi::xml_document>();
    BOOST_TEST_REQUIRE(static_cast<bool>(doc->load_file(p.c_str())), p);
    for (pugi::xpath_node let : doc->select_nodes("//*[local-name()='let']"))
      let_names.insert(let.node().attribute("name").value());
    docs.emplace(p.lexically_normal(), std::move(doc));
  }
  int compiled = 0;
  std::set<fs::path> reached;
  for (const auto& [file, doc] : docs) {
    if (local(doc->document_element()) != "schema") continue;
    std::vector<fs::path> closure = with_includes(file, docs);
    StaticContext sc;
    declare_schema(sc, closure, docs, let_names);
    for (const fs::path& member : closure) {
      compiled += compile_expressions(member, *docs.at(member), sc);
      reached.insert(member);
    }
  }
  for (const auto& [file, doc] : docs) {
    BOOST_TEST(reached.count(file) == 1u, file << " is neither a schema nor included by one");
  }
  BOOST_TEST_MESSAGE("compiled " << compiled << " corpus expressions");
  BOOST_TEST(compiled > 450);
}

BOOST_AUTO_TEST_SUITE_END()
