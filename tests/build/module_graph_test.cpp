// The build graph tells the truth: every engine module (validator/<module>/, reports/) declares in
// its CMakeLists.txt (konform_module(NAME DEPENDS ...)) each module whose headers it includes, the
// declared graph has no cycle, and no module includes the command line (validator/cli/). A header
// that is reachable only because every module shares the project's include path would otherwise
// hide an arrow the architecture does not have. The command line is no module; its `validate`,
// `compare` and `xsd lint` reach the engine only through the public API (include/konform), never
// the pipeline; so does the service (validator/serve/), but for header-only utilities.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using konform::test::source_dir;

namespace {

struct Module {
  fs::path folder;
  std::string where;  ///< the folder as includes name it: "xml", "importer/kosit", "reports"
  std::set<std::string> depends;
};

/// The modules as their CMakeLists.txt declare them (validator/ at any depth, and reports/), by
/// module name.
std::map<std::string, Module> declared_modules() {
  static const std::regex call(R"(konform_module\(\s*(\w+)([^)]*)\))");
  std::vector<std::pair<fs::path, std::string>> folders{{source_dir() / "reports", "reports"}};
  for (const auto& entry : fs::recursive_directory_iterator(source_dir() / "validator")) {
    if (entry.is_directory()) {
      folders.emplace_back(entry.path(),
                           entry.path().lexically_relative(source_dir() / "validator").string());
    }
  }
  std::map<std::string, Module> modules;
  for (const auto& [folder, where] : folders) {
    const fs::path cmake = folder / "CMakeLists.txt";
    if (!fs::exists(cmake)) continue;
    const std::string text = konform::test::read_text(cmake);
    std::smatch match;
    if (!std::regex_search(text, match, call)) continue;  // not a module (the CLI executable)
    Module module{folder, where, {}};
    std::istringstream words(match[2].str());
    bool in_depends = false;
    for (std::string word; words >> word;) {
      if (word == "DEPENDS" || word == "LIBS") {
        in_depends = word == "DEPENDS";
      } else if (in_depends) {
        module.depends.insert(word);
      }
    }
    modules.emplace(match[1].str(), std::move(module));
  }
  return modules;
}

/// The folder (as in Module::where) of every konform header `source` includes.
std::set<std::string> included_folders(const fs::path& source) {
  static const std::regex include(R"(#include\s+"(?:validator/([\w/]+)|(reports))/\w+\.h")");
  std::set<std::string> included;
  const std::string text = konform::test::read_text(source);
  for (std::sregex_iterator it(text.begin(), text.end(), include), end; it != end; ++it) {
    included.insert((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
  }
  return included;
}

/// The name of the module whose folder is `where`, or "" (the command line, no module).
std::string module_at(const std::map<std::string, Module>& modules, const std::string& where) {
  for (const auto& [name, module] : modules) {
    if (module.where == where) return name;
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(module_graph)

BOOST_AUTO_TEST_CASE(the_engine_modules_are_found) {
  const auto modules = declared_modules();
  for (const char* name : {"core", "xml", "xpath", "check", "reports"}) {
    BOOST_TEST(modules.count(name) == 1, "module " << name << " not found");
  }
}

BOOST_AUTO_TEST_CASE(every_module_declares_the_modules_it_includes) {
  const auto modules = declared_modules();
  for (const auto& [name, module] : modules) {
    for (const auto& entry : fs::directory_iterator(module.folder)) {
      const std::string extension = entry.path().extension().string();
      if (extension != ".h" && extension != ".cpp") continue;
      for (const std::string& included : included_folders(entry.path())) {
        if (included == module.where) continue;
        const std::string target = module_at(modules, included);
        BOOST_TEST(!target.empty(), entry.path() << " includes validator/" << included
                                                 << "/, which is no module (the command line?)");
        if (target.empty()) continue;
        BOOST_TEST(module.depends.count(target) == 1,
                   entry.path() << " includes " << included << "/ but module " << name
                                << " does not declare DEPENDS " << target);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(validate_compare_and_xsd_lint_use_the_public_api_not_the_pipeline) {
  static const std::regex cli_header(R"(#include\s+"validator/cli/(\w+)\.h")");
  const fs::path cli = source_dir() / "validator/cli";
  // The commands' files and, transitively, every file of the command line they include (a
  // header and its .cpp).
  std::vector<fs::path> pending{cli / "validate_command.cpp", cli / "compare_command.cpp",
                                cli / "xsd_command.cpp"};
  std::set<fs::path> seen;
  while (!pending.empty()) {
    const fs::path file = pending.back();
    pending.pop_back();
    if (!seen.insert(file).second) continue;
    BOOST_TEST_REQUIRE(fs::exists(file), file);
    BOOST_TEST(included_folders(file).count("pipeline") == 0,
               file << " includes validator/pipeline/: validate, compare and xsd lint use "
                       "include/konform");
    const std::string text = konform::test::read_text(file);
    for (std::sregex_iterator it(text.begin(), text.end(), cli_header), end; it != end; ++it) {
      pending.push_back(cli / ((*it)[1].str() + ".h"));
      if (fs::exists(cli / ((*it)[1].str() + ".cpp")))
        pending.push_back(cli / ((*it)[1].str() + ".cpp"));
    }
  }
  BOOST_TEST(seen.count(cli / "chain_setup.cpp") == 1);  // the walk reaches the shared wiring
}

BOOST_AUTO_TEST_CASE(the_service_links_the_public_api_and_no_engine_module) {
  // validator/serve/ links konform_inprocess_api alone: of the engine's headers it may include
  // only header-only ones (no .cpp beside them), named here.
  static const std::regex engine_header(
      R"re(#include\s+"((?:validator/(?!serve/)[\w/]+|reports)/\w+\.h)")re");
  const std::set<std::string> header_only{"validator/core/base64.h", "validator/core/hex_digit.h",
                                          "validator/core/words_rows.h"};
  for (const std::string& header : header_only) {
    fs::path source = source_dir() / header;
    BOOST_TEST(fs::exists(source), header);
    BOOST_TEST(!fs::exists(source.replace_extension(".cpp")), header << " is not header-only");
  }
  for (const auto& entry : fs::directory_iterator(source_dir() / "validator/serve")) {
    if (!entry.is_regular_file()) continue;
    const std::string text = konform::test::read_text(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), engine_header), end; it != end; ++it) {
      BOOST_TEST(header_only.count((*it)[1].str()) == 1,
                 entry.path() << " includes " << (*it)[1].str()
                              << ": the service uses include/konform, not the engine");
    }
  }
}

BOOST_AUTO_TEST_CASE(the_declared_graph_has_no_cycle) {
  const auto modules = declared_modules();
  std::map<std::string, int> state;  // 0 unvisited, 1 on the current path, 2 done
  std::vector<std::string> path;
  std::function<void(const std::string&)> visit = [&](const std::string& name) {
    state[name] = 1;
    path.push_back(name);
    auto found = modules.find(name);
    if (found != modules.end()) {
      for (const std::string& next : found->second.depends) {
        if (state[next] == 1) {
          std::string cycle;
          for (const std::string& step : path) cycle += step + " -> ";
          BOOST_ERROR("dependency cycle: " << cycle << next);
        } else if (state[next] == 0) {
          visit(next);
        }
      }
    }
    path.pop_back();
    state[name] = 2;
  };
  for (const auto& entry : modules) {
    if (state[entry.first] == 0) visit(entry.first);
  }
}

BOOST_AUTO_TEST_CASE(the_xml_reader_reaches_no_rule) {
  // The reader hands over plain read errors (input/read_error.h); which rule each breaks is the
  // rule catalogue's decision (rules/read_error_finding.h), made after the read. So no path of
  // the declared graph leads from xml to rules.
  const auto modules = declared_modules();
  std::set<std::string> reached;
  std::vector<std::string> pending{"xml"};
  while (!pending.empty()) {
    const std::string name = pending.back();
    pending.pop_back();
    if (!reached.insert(name).second) continue;
    if (auto found = modules.find(name); found != modules.end()) {
      pending.insert(pending.end(), found->second.depends.begin(), found->second.depends.end());
    }
  }
  BOOST_TEST(reached.count("xml") == 1);
  BOOST_TEST(reached.count("rules") == 0,
             "xml reaches rules through its DEPENDS: the reader must not make findings");
}

BOOST_AUTO_TEST_SUITE_END()
