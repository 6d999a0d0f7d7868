// XPath expression nodes are told apart by their kind (#24 item 5): every class derived from
// xpath::Expr declares an ExprKind of its own as kKind and hands that to Expr, so isa<T> and
// dyn_cast<T> (validator/xpath/ast.h) are exact. Two classes sharing a kind, or a class passing
// another's, would make dyn_cast's static_cast return the wrong type. And the XPath engine and the
// Schematron layer over it do not use dynamic_cast, which asked the C++ runtime at every node test.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using konform::test::read_text;
using konform::test::source_dir;

namespace {

const fs::path kExpressionTree = "validator/xpath/ast.h";

/// The headers and sources of `folder` (relative to the source tree).
std::vector<fs::path> sources_in(const fs::path& folder) {
  std::vector<fs::path> sources;
  for (const auto& entry : fs::recursive_directory_iterator(source_dir() / folder)) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".h" || extension == ".cpp") sources.push_back(entry.path());
  }
  return sources;
}

/// `text` without its `//` comments (the code base writes no block comments in code).
std::string without_comments(const std::string& text) {
  std::istringstream lines(text);
  std::string code;
  for (std::string line; std::getline(lines, line);) code += line.substr(0, line.find("//")) + "\n";
  return code;
}

/// The lines of `text` (comments removed) that use dynamic_cast, as "line N".
std::vector<std::string> dynamic_casts(const std::string& text) {
  std::istringstream lines(without_comments(text));
  std::vector<std::string> found;
  int number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.find("dynamic_cast") != std::string::npos)
      found.push_back("line " + std::to_string(number));
  }
  return found;
}

/// The enumerators of ExprKind as ast.h declares them.
std::set<std::string> declared_kinds() {
  static const std::regex declaration(R"(enum class ExprKind[^{]*\{([^}]*)\})");
  static const std::regex enumerator(R"(\bk\w+)");
  const std::string text = without_comments(read_text(source_dir() / kExpressionTree));
  std::smatch body;
  if (!std::regex_search(text, body, declaration)) return {};
  const std::string list = body[1].str();
  std::set<std::string> kinds;
  for (std::sregex_iterator it(list.begin(), list.end(), enumerator), end; it != end; ++it)
    kinds.insert((*it)[0].str());
  return kinds;
}

/// The kKind each class derived from Expr declares in its body ("" when it declares none).
std::map<std::string, std::string> class_kinds(const std::string& code) {
  static const std::regex derived(R"(class (\w+)(?: final)? : public Expr \{)");
  static const std::regex kind(R"(static constexpr ExprKind kKind = ExprKind::(\w+);)");
  std::map<std::string, std::string> kinds;
  for (std::sregex_iterator it(code.begin(), code.end(), derived), end; it != end; ++it) {
    const auto body_start = code.begin() + (*it).position(0) + (*it).length(0);
    const auto body_end =
        code.begin() + std::min(code.find("\n};", (*it).position(0)), code.size());
    std::smatch declared;
    kinds[(*it)[1].str()] =
        std::regex_search(body_start, body_end, declared, kind) ? declared[1].str() : "";
  }
  return kinds;
}

/// Calls of Expr's constructor that pass something else than the class's own kKind.
std::vector<std::string> foreign_kinds(const std::string& code) {
  static const std::regex base_call(R"(:\s*Expr\(([^;{]*?),\s*(\w+(?:::\w+)?)\))");
  std::vector<std::string> found;
  for (std::sregex_iterator it(code.begin(), code.end(), base_call), end; it != end; ++it) {
    if ((*it)[2].str() != "kKind") found.push_back((*it)[0].str());
  }
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(expression_kinds)

BOOST_AUTO_TEST_CASE(the_scans_see_what_they_look_for) {
  BOOST_TEST(dynamic_casts("auto* s = dynamic_cast<const AxisStep*>(&e);\n").size() == 1u);
  BOOST_TEST(dynamic_casts("// no dynamic_cast here\nint x = 1;  // nor dynamic_cast\n").empty());
  const auto kinds = class_kinds(
      "class A : public Expr {\n public:\n  static constexpr ExprKind kKind = ExprKind::kA;\n};\n"
      "class B : public Expr {\n public:\n  int b;\n};\n");
  BOOST_TEST(kinds.size() == 2u);
  BOOST_TEST(kinds.at("A") == "kA");
  BOOST_TEST(kinds.at("B") == "");
  BOOST_TEST(foreign_kinds("A(std::size_t o) : Expr(o, kKind) {}").empty());
  BOOST_TEST(foreign_kinds("B(ExprPtr e) : Expr(e->offset(), ExprKind::kPath), e_(e) {}").size() ==
             1u);
}

BOOST_AUTO_TEST_CASE(no_dynamic_cast_in_the_xpath_engine_or_schematron) {
  for (const char* folder : {"validator/xpath", "validator/schematron"}) {
    const auto sources = sources_in(folder);
    BOOST_TEST(!sources.empty(), folder << " has no sources");
    for (const fs::path& source : sources) {
      for (const std::string& where : dynamic_casts(read_text(source)))
        BOOST_ERROR(source.lexically_relative(source_dir()).string()
                    << " " << where << ": dynamic_cast; test the node's kind (isa/dyn_cast)");
    }
  }
}

BOOST_AUTO_TEST_CASE(every_expression_class_has_a_kind_of_its_own) {
  const std::set<std::string> declared = declared_kinds();
  BOOST_TEST(declared.size() >= 20u);        // the parse found the enum
  std::map<std::string, std::string> owner;  // kind -> class
  for (const fs::path& source : sources_in("validator/xpath")) {
    const std::string code = without_comments(read_text(source));
    const std::string file = source.lexically_relative(source_dir()).string();
    for (const auto& [name, kind] : class_kinds(code)) {
      if (kind.empty()) {
        BOOST_ERROR(file << ": " << name << " declares no kKind");
        continue;
      }
      BOOST_TEST(declared.count(kind) == 1u,
                 file << ": " << name << "'s " << kind << " is not an ExprKind");
      auto [it, fresh] = owner.emplace(kind, name);
      BOOST_TEST(fresh, file << ": " << name << " and " << it->second << " share " << kind);
    }
    for (const std::string& call : foreign_kinds(code))
      BOOST_ERROR(file << ": " << call << " passes Expr another kind than the class's kKind");
  }
  for (const std::string& kind : declared) {
    BOOST_TEST(owner.count(kind) == 1u, kind << " belongs to no expression class");
  }
}

BOOST_AUTO_TEST_SUITE_END()
