#include "validator/core/xml_escape.h"

#include "validator/core/lookup_table.h"
#include "validator/core/utf8_rewrite.h"

namespace konform {
namespace {

// XML 1.0 §2.2 Char production.
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

enum class Context { kText, kAttribute, kComment };

// Written as references in attribute values only: a quote would end the value, and a parser
// turns a literal line feed or tab there into a space (XML 1.0 §3.3.3).
constexpr LookupTable<char32_t, std::string_view, 4> kAttributeReferences{
    {{'"', "&quot;"}, {'\'', "&apos;"}, {'\n', "&#10;"}, {'\t', "&#9;"}}};

std::string xml_escape(std::string_view text, Context context, bool* replaced) {
  const auto refused = [](char32_t c) { return !is_xml_char(c); };
  return rewrite_utf8(
      text, refused,
      [context](std::string& out, char32_t c, std::string_view bytes, std::string_view) {
        if (context == Context::kComment) {
          // A comment holds no references: only "--" (which would end it) is broken up.
          if (c == '-' && !out.empty() && out.back() == '-') out += ' ';
          out += bytes;
        } else if (const std::string_view entity = markup_entity(c); !entity.empty()) {
          out += entity;
        } else if (c == '\r') {
          out += "&#13;";  // a parser would make a line feed of it
        } else if (const auto reference = context == Context::kAttribute
                                              ? lookup(kAttributeReferences, c)
                                              : std::nullopt) {
          out += *reference;
        } else {
          out += bytes;
        }
      },
      replaced);
}

}  // namespace

std::string_view markup_entity(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    default:
      return {};
  }
}

std::string xml_escape_text(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  return xml_escape(text, Context::kText, replaced);
}

std::string xml_escape_attribute(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  return xml_escape(text, Context::kAttribute, replaced);
}

std::string xml_comment_text(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  std::string out = xml_escape(text, Context::kComment, replaced);
  if (!out.empty() && out.back() == '-') out += ' ';  // "--->" would not end the comment
  return out;
}

}  // namespace konform
