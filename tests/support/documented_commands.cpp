#include "tests/support/documented_commands.h"

#include <boost/test/unit_test.hpp>

#include <sstream>

namespace konform::test {
namespace {

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

std::vector<std::string> marked_commands(const std::string& text, std::string_view marker) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<std::string> commands;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (trimmed(lines[i]) != marker) continue;
    BOOST_REQUIRE_MESSAGE(i + 1 < lines.size(), "marker on the last line");
    std::string command = trimmed(lines[++i]);
    if (command.rfind("- ", 0) == 0) command = trimmed(command.substr(2));
    while (!command.empty() && command.back() == '\\' && i + 1 < lines.size()) {
      command.pop_back();
      command = trimmed(command) + ' ' + trimmed(lines[++i]);
    }
    commands.push_back(command);
  }
  return commands;
}

std::vector<std::string> split_words(const std::string& command) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (std::size_t i = 0; i < command.size(); ++i) {
    const char c = command[i];
    if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else if (c == '"' || c == '\'') {
      const std::size_t end = command.find(c, i + 1);
      BOOST_REQUIRE_MESSAGE(end != std::string::npos, "unbalanced quote in: " << command);
      word += command.substr(i + 1, end - i - 1);
      in_word = true;
      i = end;
    } else {
      BOOST_REQUIRE_MESSAGE(std::string_view("|&;<>`\\*?(){}").find(c) == std::string_view::npos,
                            "shell syntax '" << c << "' in documented command: " << command);
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

}  // namespace konform::test
