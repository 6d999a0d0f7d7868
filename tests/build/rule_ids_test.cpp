// Rule identities are typed (#24 item 1): every built-in rule id is spelt once, as a RuleId
// constant in validator/rules/registry.h, and the registry has an entry for each; no other source
// of the engine (validator/, reports/) spells a rule id, makes a RuleId, compares an id with a
// constant (rules::is does, in rules/rule_id.h) or compares a stage name as text, so decisions go
// through the registry's stage and family or core/stage.h's Stage instead. Nor does any decide by
// a finding's message text (what the XSD validator said is Finding::schema_error): only the
// reader's adapter for the facts Xerces-C gives in its messages alone reads them.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "validator/rules/registry.h"

namespace fs = std::filesystem;
using konform::test::read_text;
using konform::test::source_dir;

namespace {

const fs::path kRegistry = "validator/rules/registry";
const fs::path kStageNames = "validator/core/stage.cpp";
/// The typed id and its one comparison with a finding's text (rules::is).
const fs::path kRuleIdType = "validator/rules/rule_id.h";
/// Where the reader takes facts from Xerces-C's messages: the one place that may read their text.
const fs::path kReaderTranslation = "validator/xml/xerces_message.cpp";

/// The id constants of registry.h, id -> constant name.
std::map<std::string, std::string> id_constants() {
  static const std::regex constant(R"re(constexpr RuleId (k\w+)\{"([^"]+)"\};)re");
  const std::string text = read_text(source_dir() / kRegistry.string().append(".h"));
  std::map<std::string, std::string> ids;
  for (std::sregex_iterator it(text.begin(), text.end(), constant), end; it != end; ++it) {
    ids.emplace((*it)[2].str(), (*it)[1].str());
  }
  return ids;
}

/// A source file split into its code (comments blanked, string literals kept) and its string
/// literals' contents (escapes left as written; raw strings included).
struct Scanned {
  std::string code;
  std::vector<std::string> literals;
};

Scanned scan(const std::string& text) {
  Scanned out;
  out.code.reserve(text.size());
  // After a letter, digit or underscore a quote is no literal's start: 2'000'000, kFooR"x" (none).
  auto after_word = [&](std::size_t i) {
    return i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_');
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "//") == 0) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (text.compare(i, 2, "/*") == 0) {
      const std::size_t end = text.find("*/", i + 2);
      i = end == std::string::npos ? text.size() : end + 2;
    } else if (text.compare(i, 2, "R\"") == 0 && !after_word(i)) {
      const std::size_t open = std::min(text.find('(', i + 2), text.size());
      const std::string close = ")" + text.substr(i + 2, open - i - 2) + "\"";
      const std::size_t end = std::min(text.find(close, open), text.size());
      out.literals.push_back(text.substr(open + 1, end - open - 1));
      out.code += text.substr(i, end + close.size() - i);
      i = end + close.size();
    } else if ((text[i] == '"' || text[i] == '\'') && !(text[i] == '\'' && after_word(i))) {
      const char quote = text[i];
      std::size_t j = i + 1;
      while (j < text.size() && text[j] != quote) j += text[j] == '\\' ? 2 : 1;
      if (quote == '"') out.literals.push_back(text.substr(i + 1, j - i - 1));
      out.code += text.substr(i, j + 1 - i);
      i = j + 1;
    } else {
      out.code += text[i++];
    }
  }
  return out;
}

/// Every header and source of the engine and the renderers but the registry and the stage names.
std::vector<fs::path> engine_sources() {
  std::vector<fs::path> sources;
  for (const char* folder : {"validator", "reports"}) {
    for (const auto& entry : fs::recursive_directory_iterator(source_dir() / folder)) {
      const fs::path relative = entry.path().lexically_relative(source_dir());
      const std::string extension = relative.extension().string();
      if (extension != ".h" && extension != ".cpp") continue;
      if (relative.parent_path() / relative.stem() == kRegistry || relative == kStageNames ||
          relative == kRuleIdType)
        continue;
      sources.push_back(entry.path());
    }
  }
  return sources;
}

/// A comparison of an id with a rule constant, as the constant or as its text: `f.rule_id ==
/// rules::kXsdValid`, `rules::kXsdValid.text() != rule.id`; rules::is is the typed way. And a
/// RuleId made outside the registry, which would be an id no entry describes.
std::regex id_decision(const std::map<std::string, std::string>& ids) {
  std::string constants;
  for (const auto& [id, constant] : ids) constants += (constants.empty() ? "" : "|") + constant;
  const std::string constant = R"re((\w+::)*\b()re" + constants + R"re()\b(\.text\(\))?)re";
  return std::regex(R"re([!=]=\s*)re" + constant + "|" + constant +
                    R"re(\s*[!=]=|\bRuleId(\s+\w+)?\s*[({])re");
}

/// The problems of one source: rule ids as literals, id prefixes tested with starts_with, ids
/// compared with a rule constant or made as a RuleId, stage names compared or pushed as literals.
std::vector<std::string> identity_literals(const std::string& text,
                                           const std::map<std::string, std::string>& ids) {
  static const std::regex prefix_test(R"re(starts_with\("([^"]+)"\))re");
  static const std::regex stage_literal(
      R"re((\bstage\w*\.name\s*[!=]=\s*"|"\s*[!=]=\s*stage\w*\.name\b|\{\s*"\w+"\s*,\s*StageStatus::))re");
  const std::regex id_comparison = id_decision(ids);
  const Scanned scanned = scan(text);
  std::vector<std::string> problems;
  for (const std::string& literal : scanned.literals) {
    if (auto id = ids.find(literal); id != ids.end())
      problems.push_back("\"" + literal + "\": use rules::" + id->second);
  }
  // The patterns run only on lines that can match them: over whole files they take seconds.
  std::istringstream lines(scanned.code);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("starts_with(") != std::string::npos) {
      for (std::sregex_iterator it(line.begin(), line.end(), prefix_test), end; it != end; ++it) {
        const std::string prefix = (*it)[1].str();
        const bool names_ids =
            prefix.ends_with('-') && std::any_of(ids.begin(), ids.end(), [&](const auto& id) {
              return id.first.starts_with(prefix);
            });
        if (names_ids)
          problems.push_back("starts_with(\"" + prefix + "\"): decide by rules::stage_of");
      }
    }
    if (line.find("==") != std::string::npos || line.find("!=") != std::string::npos ||
        line.find("RuleId") != std::string::npos) {
      for (std::sregex_iterator it(line.begin(), line.end(), id_comparison), end; it != end; ++it)
        problems.push_back("rule id compared or made as text (" + (*it)[0].str() +
                           "): use rules::is and the registry's constants");
    }
    if (line.find(".name") != std::string::npos ||
        line.find("StageStatus::") != std::string::npos) {
      for (std::sregex_iterator it(line.begin(), line.end(), stage_literal), end; it != end; ++it)
        problems.push_back("stage name as text (" + (*it)[0].str() + "): use Stage");
    }
  }
  return problems;
}

/// The decisions of one source made by a finding's message text: a search in it, a prefix or
/// suffix test, a comparison.
std::vector<std::string> message_decisions(const std::string& text) {
  static const std::regex decision(
      R"re((\.|->)message(_de)?\s*\.\s*)re"
      R"re((find|rfind|find_first_of|starts_with|ends_with|contains|compare)\s*\()re"
      R"re(|(\.|->)message(_de)?\s*[!=]=|[!=]=\s*[\w.>-]*(\.|->)message(_de)?\b)re");
  std::vector<std::string> problems;
  std::istringstream lines(scan(text).code);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("message") == std::string::npos) continue;
    for (std::sregex_iterator it(line.begin(), line.end(), decision), end; it != end; ++it)
      problems.push_back("decides by message text (" + (*it)[0].str() + "): use a typed fact");
  }
  return problems;
}

/// What a source decides by a namespace written into a Xerces-C message ('{uri}local', the form
/// XMLValid::AttNotDefinedForElement and its kin give a qualified name): every string literal
/// that holds a "{http" (the scanner's own namespace ids say which namespace a name is in).
std::vector<std::string> namespaces_read_from_messages(const std::string& text) {
  std::vector<std::string> problems;
  for (const std::string& literal : scan(text).literals) {
    if (literal.find("{http") != std::string::npos) {
      problems.push_back("looks for the namespace \"" + literal +
                         "\" in a message: use the URI id or the validity code");
    }
  }
  return problems;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_ids)

BOOST_AUTO_TEST_CASE(every_built_in_rule_id_is_in_the_registry) {
  const auto ids = id_constants();
  BOOST_TEST(ids.size() >= 25u);  // the parse found the constants (20 engine, 5 code-list rules)
  for (const auto& [id, constant] : ids) {
    BOOST_TEST((konform::rules::find_builtin_rule(id) != nullptr),
               constant << " = \"" << id << "\" has no entry in the registry");
  }
  // And every entry is reachable through a constant: nothing is looked up by a spelling of its own.
  for (const auto& rule : konform::rules::builtin_rules()) {
    BOOST_TEST(ids.count(rule.info.id) == 1, rule.info.id << " has no constant in registry.h");
  }
}

BOOST_AUTO_TEST_CASE(the_scanner_sees_literals_and_not_comments) {
  const std::map<std::string, std::string> ids{{"xsd-valid", "kXsdValid"}};
  BOOST_TEST(identity_literals("if (f.rule_id == \"xsd-valid\") {}", ids).size() == 1u);
  BOOST_TEST(identity_literals("if (id.starts_with(\"xsd-\")) {}", ids).size() == 1u);
  BOOST_TEST(identity_literals("if (stage.name == \"xsd\") {}", ids).size() == 1u);
  BOOST_TEST(identity_literals("v.push_back({\"xsd\", StageStatus::kPassed, 0});", ids).size() ==
             1u);
  BOOST_TEST(identity_literals("if (f.rule_id == rules::kXsdValid) {}", ids).size() == 1u);
  BOOST_TEST(identity_literals("if (kXsdValid.text() != rule.id) {}", ids).size() == 1u);
  BOOST_TEST(identity_literals("return id == konform::rules::kXsdValid.text();", ids).size() == 1u);
  BOOST_TEST(identity_literals("constexpr RuleId kMine{kText};", ids).size() == 1u);
  BOOST_TEST(identity_literals("if (rules::is(f, rules::kXsdValid)) {}", ids).empty());
  BOOST_TEST(identity_literals("if (f.rule_id == rule.id) {}", ids).empty());
  BOOST_TEST(identity_literals("// the rule \"xsd-valid\" says\n/* \"xsd-valid\" */", ids).empty());
  BOOST_TEST(identity_literals("auto m = \"xsd-valid: \" + text; char q = '\"';", ids).empty());
}

BOOST_AUTO_TEST_CASE(the_scanner_sees_decisions_by_message_text) {
  BOOST_TEST(message_decisions("if (f.message.find(\"listVersionID\") != npos) {}").size() == 1u);
  BOOST_TEST(message_decisions("if (f.message.starts_with(\"no declaration\")) {}").size() == 1u);
  BOOST_TEST(message_decisions("if (a->message_de == b) {}").size() == 1u);
  BOOST_TEST(message_decisions("if (x != f.message) {}").size() == 1u);
  BOOST_TEST(message_decisions("f.message = \"no declaration\" + name;").empty());
  BOOST_TEST(message_decisions("// f.message.find(\"x\") was how it was done").empty());
}

BOOST_AUTO_TEST_CASE(no_engine_source_decides_by_a_finding_s_message) {
  const auto sources = engine_sources();
  for (const fs::path& source : sources) {
    if (source.lexically_relative(source_dir()) == kReaderTranslation) continue;
    for (const std::string& problem : message_decisions(read_text(source))) {
      BOOST_ERROR(source.lexically_relative(source_dir()).string() << ": " << problem);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_scanner_sees_namespaces_looked_for_in_messages) {
  BOOST_TEST(namespaces_read_from_messages(
                 "if (m.find(\"'{http://www.w3.org/2000/xmlns/}\") != npos) return;")
                 .size() == 1u);
  BOOST_TEST(namespaces_read_from_messages("// m.find(\"'{http://x}\") was how").empty());
  BOOST_TEST(namespaces_read_from_messages("if (uri == XMLUni::fgXMLNSURIName) return;").empty());
}

BOOST_AUTO_TEST_CASE(the_reader_takes_no_namespace_from_a_message) {
  // The reader may read Xerces' messages (for the names a validity code's template quotes), but
  // which namespace an attribute or element is in, Xerces says as data.
  for (const std::string& problem :
       namespaces_read_from_messages(read_text(source_dir() / kReaderTranslation))) {
    BOOST_ERROR(kReaderTranslation.string() << ": " << problem);
  }
}

BOOST_AUTO_TEST_CASE(no_engine_source_spells_a_rule_id_or_a_stage_name) {
  const auto ids = id_constants();
  const auto sources = engine_sources();
  BOOST_TEST(sources.size() > 100u);
  for (const fs::path& source : sources) {
    for (const std::string& problem : identity_literals(read_text(source), ids)) {
      BOOST_ERROR(source.lexically_relative(source_dir()).string() << ": " << problem);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
