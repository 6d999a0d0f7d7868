#include "validator/xml/xerces_message.h"

namespace konform::xml::xerces_message {
namespace {

/// The text inside the first pair of single quotes of `message` (a name holds no quote), or "".
std::string_view first_quoted(std::string_view message) {
  const std::size_t open = message.find('\'');
  if (open == std::string_view::npos) return {};
  const std::size_t close = message.find('\'', open + 1);
  if (close == std::string_view::npos) return {};
  return message.substr(open + 1, close - open - 1);
}

}  // namespace

std::string_view unresolved_idref(std::string_view message) { return first_quoted(message); }

std::string_view failing_child_local_name(std::string_view message) {
  std::string_view name = first_quoted(message);
  if (const auto colon = name.find(':'); colon != std::string_view::npos) {
    name.remove_prefix(colon + 1);
  }
  return name;
}

bool quotes_a_name(std::string_view before) {
  static constexpr std::string_view kNameWords[] = {
      "element ", "attribute ", "content model ", "type ", "facet ",  "facet value ", "tag ",
      "length ",  "has ",       "constraint ",    "key ",  "keyref ", "prefix ",      "encoding "};
  for (std::string_view word : kNameWords) {
    if (before.ends_with(word)) return true;
  }
  return false;
}

}  // namespace konform::xml::xerces_message
