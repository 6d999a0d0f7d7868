#include "validator/core/xml_space.h"

namespace konform {
namespace {

bool is_collapsed(std::string_view text) {
  if (!text.empty() && (is_xml_space(text.front()) || is_xml_space(text.back()))) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // A space is never last here, so text[i + 1] exists.
    if (is_xml_space(text[i]) && (text[i] != ' ' || is_xml_space(text[i + 1]))) return false;
  }
  return true;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  collapse_whitespace_into(text, out);
  return out;
}

void collapse_whitespace_into(std::string_view text, std::string& out) {
  // Most codes and list URIs are collapsed already: then one scan and one copy.
  if (is_collapsed(text)) {
    out.assign(text);
    return;
  }
  out.clear();
  bool pending_space = false;
  for (char c : text) {
    if (is_xml_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
}

std::string_view collapsed(std::string_view text, std::string& scratch) {
  if (is_collapsed(text)) return text;
  collapse_whitespace_into(text, scratch);
  return scratch;
}

}  // namespace konform
