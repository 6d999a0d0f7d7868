// String functions (F&O 7) and URI functions. Strings are UTF-8; positions and lengths count
// Unicode code points. The only collation is the Unicode codepoint collation.
#include <cmath>

#include "validator/core/xml_space.h"
#include "validator/xpath/error.h"
#include "validator/xpath/functions.h"
#include "validator/xpath/unicode_text.h"

namespace konform::xpath::fn {
namespace {

using T = AtomicType;
using Args = Arguments;

constexpr std::string_view kCodepointCollation =
    "http://www.w3.org/2005/xpath-functions/collation/codepoint";

void check_collation(const Args a, std::size_t index, const char* function) {
  if (a.size() <= index) return;
  std::string_view c = string_or_empty(a[index]);
  if (c != kCodepointCollation)
    throw Error("FOCH0002", std::string(function) + "(): unsupported collation " + std::string(c));
}

/// substring-before/-after (F&O 7.5.4, 7.5.5): the parts of $arg1 around the first occurrence of
/// $arg2, both empty when there is none.
struct SplitAtFirst {
  std::string before;
  std::string after;
};

SplitAtFirst split_at_first(const Args a) {
  const std::string_view s = string_or_empty(a[0]);
  const std::string_view t = string_or_empty(a[1]);
  const std::size_t at = s.find(t);
  if (at == std::string_view::npos) return {};
  return {std::string(s.substr(0, at)), std::string(s.substr(at + t.size()))};
}

std::string percent_encode(std::string_view s, bool (*keep)(unsigned char)) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (keep(c)) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

bool unreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~';
}

bool iri_keep(unsigned char c) {
  if (c >= 0x80 || c <= 0x20) return false;
  return c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' && c != '\\' &&
         c != '^' && c != '`';
}

bool html_keep(unsigned char c) { return c >= 32 && c <= 126; }

/// The length of UTF-8 text in code points, counted as to_code_points() decodes it (an invalid
/// byte counts as one), without building the code points.
std::int64_t code_point_count(std::string_view utf8) {
  std::int64_t count = 0;
  for (std::size_t pos = 0; pos < utf8.size(); ++count) pos += decode_utf8(utf8, pos).length;
  return count;
}

// RFC 3986 5.2 reference resolution (enough for fn:resolve-uri).
std::string remove_dot_segments(std::string path) {
  std::string out;
  while (!path.empty()) {
    if (path.rfind("../", 0) == 0)
      path.erase(0, 3);
    else if (path.rfind("./", 0) == 0)
      path.erase(0, 2);
    else if (path.rfind("/./", 0) == 0)
      path.erase(0, 2);
    else if (path == "/.")
      path = "/";
    else if (path.rfind("/../", 0) == 0 || path == "/..") {
      path = path == "/.." ? "/" : path.substr(3);
      auto slash = out.rfind('/');
      out.erase(slash == std::string::npos ? 0 : slash);
    } else if (path == "." || path == "..") {
      path.clear();
    } else {
      std::size_t next = path.find('/', path[0] == '/' ? 1 : 0);
      out += path.substr(0, next);
      path.erase(0, next == std::string::npos ? path.size() : next);
    }
  }
  return out;
}

bool has_scheme(std::string_view s) {
  auto colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  if (!std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = s[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
      return false;
  }
  return true;
}

std::string resolve_uri(const std::string& rel, const std::string& base) {
  if (has_scheme(rel)) return rel;
  if (!has_scheme(base)) throw Error("FORG0002", "base URI is not absolute: " + base);
  auto colon = base.find(':');
  std::string scheme = base.substr(0, colon + 1);
  std::string rest = base.substr(colon + 1);
  std::string authority;
  if (rest.rfind("//", 0) == 0) {
    auto end = rest.find_first_of("/?#", 2);
    authority = rest.substr(0, end);
    rest = end == std::string::npos ? "" : rest.substr(end);
  }
  std::string base_path = rest.substr(0, rest.find_first_of("?#"));
  if (rel.empty()) return base.substr(0, base.find('#'));
  if (rel.rfind("//", 0) == 0) return scheme + rel;
  if (rel[0] == '#') return base.substr(0, base.find('#')) + rel;
  if (rel[0] == '?') return scheme + authority + base_path + rel;
  std::string rel_path = rel.substr(0, rel.find_first_of("?#"));
  std::string suffix = rel.substr(rel_path.size());
  std::string merged;
  if (!rel_path.empty() && rel_path[0] == '/') {
    merged = rel_path;
  } else {
    auto slash = base_path.rfind('/');
    merged = (slash == std::string::npos ? (authority.empty() ? "" : "/")
                                         : base_path.substr(0, slash + 1)) +
             rel_path;
  }
  return scheme + authority + remove_dot_segments(merged) + suffix;
}

}  // namespace

void add_strings(FunctionTable& table) {
  using namespace types;
  define(table, "codepoints-to-string", 1, 1, {integers}, string_one, [](EvalContext&, Args a) {
    std::string out;
    for (const Item& i : a[0]) {
      Atomic v = atomize_item(i);
      if (!is_integer_type(v.type()))
        throw Error("XPTY0004", "codepoints-to-string(): expected integers");
      std::int64_t cp = v.as_integer().fits_int64() ? v.as_integer().to_int64() : -1;
      bool ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!ok)
        throw Error("FOCH0001",
                    "codepoints-to-string(): invalid XML character " + std::to_string(cp));
      append_utf8(out, static_cast<char32_t>(cp));
    }
    return str(out);
  });
  define(table, "string-to-codepoints", 1, 1, {string_opt}, integers, [](EvalContext&, Args a) {
    Sequence out;
    for (char32_t cp : to_code_points(string_or_empty(a[0])))
      out.emplace_back(Atomic::integer(Integer(static_cast<std::int64_t>(cp))));
    return out;
  });
  define(table, "compare", 2, 3, {string_opt, string_opt, string_opt}, integer_opt,
         [](EvalContext&, Args a) -> Sequence {
           check_collation(a, 2, "compare");
           if (a[0].empty() || a[1].empty()) return {};
           int c = string_or_empty(a[0]).compare(string_or_empty(a[1]));
           return integer(c < 0 ? -1 : (c > 0 ? 1 : 0));
         });
  define(table, "codepoint-equal", 2, 2, {string_opt, string_opt}, boolean_opt,
         [](EvalContext&, Args a) -> Sequence {
           if (a[0].empty() || a[1].empty()) return {};
           return boolean(string_or_empty(a[0]) == string_or_empty(a[1]));
         });
  define(table, "concat", 2, FunctionSignature::kVariadic, {any_atomic_opt}, string_one,
         [](EvalContext& c, Args a) {
           std::string out;
           for (const Sequence& s : a) {
             auto v = optional_atomic(s);
             if (v) out += atomic_to_string(*v);
           }
           c.charge(out.size());
           return str(out);
         })
      .id = BuiltinId::kConcat;
  define(table, "string-join", 2, 2, {strings, string_opt}, string_one, [](EvalContext& c, Args a) {
    std::string_view sep = string_or_empty(a[1]);
    std::string out;
    for (std::size_t i = 0; i < a[0].size(); ++i) {
      if (i) out += sep;
      std::string_view v = a[0][i].atomic().as_string();
      out += v;
      c.charge(v.size() + sep.size());
    }
    return str(out);
  });
  define(table, "substring", 2, 3, {string_opt, numeric_one, numeric_one}, string_one,
         [](EvalContext&, Args a) {
           std::u32string s = to_code_points(string_or_empty(a[0]));
           auto start_arg = optional_atomic(a[1]);
           if (!start_arg) throw Error("XPTY0004", "substring(): empty start");
           // F&O 7.4.3: characters at positions p with round(start) <= p < round(start) +
           // round(len).
           auto xpath_round = [](double d) { return std::floor(d + 0.5); };
           double start = xpath_round(numeric_to_double(*start_arg));
           double end = INFINITY;
           if (a.size() > 2) {
             auto len = optional_atomic(a[2]);
             if (!len) throw Error("XPTY0004", "substring(): empty length");
             end = start + xpath_round(numeric_to_double(*len));
           }
           std::u32string out;
           for (std::size_t i = 0; i < s.size(); ++i) {
             double p = static_cast<double>(i + 1);
             if (p >= start && p < end) out.push_back(s[i]);
           }
           return str(to_utf8(out));
         });
  define(table, "string-length", 0, 1, {string_opt}, integer_one, [](EvalContext& c, Args a) {
    if (!a.empty()) return integer(code_point_count(string_or_empty(a[0])));
    return integer(code_point_count(string_atomic(c.context_item()).as_string()));
  });
  define(table, "normalize-space", 0, 1, {string_opt}, string_one, [](EvalContext& c, Args a) {
    if (!a.empty()) return str(collapse_whitespace(string_or_empty(a[0])));
    return str(collapse_whitespace(string_atomic(c.context_item()).as_string()));
  }).id = BuiltinId::kNormalizeSpace;
  define(table, "normalize-unicode", 1, 2, {string_opt, string_opt}, string_one,
         [](EvalContext&, Args a) {
           std::string_view s = string_or_empty(a[0]);
           // F&O 7.4.6: the form is compared after upper-case() and normalize-space().
           const std::string form = unicode::upper_case(
               a.size() > 1 ? collapse_whitespace(string_or_empty(a[1])) : "NFC");
           auto normalized = unicode::normalize(s, form);
           if (!normalized) {
             throw Error("FOCH0003", "normalize-unicode(): unsupported normalization form '" +
                                         form + "' (supported: NFC, NFD, NFKC, NFKD, or \"\")");
           }
           return str(std::move(*normalized));
         });
  define(table, "upper-case", 1, 1, {string_opt}, string_one, [](EvalContext&, Args a) {
    return str(unicode::upper_case(string_or_empty(a[0])));
  }).id = BuiltinId::kUpperCase;
  define(table, "lower-case", 1, 1, {string_opt}, string_one, [](EvalContext&, Args a) {
    return str(unicode::lower_case(string_or_empty(a[0])));
  }).id = BuiltinId::kLowerCase;
  define(table, "translate", 3, 3, {string_opt, string_opt, string_opt}, string_one,
         [](EvalContext& c, Args a) {
           std::u32string s = to_code_points(string_or_empty(a[0]));
           std::u32string from = to_code_points(string_or_empty(a[1]));
           std::u32string to = to_code_points(string_or_empty(a[2]));
           c.charge(s.size());
           std::u32string out;
           for (char32_t ch : s) {
             std::size_t k = from.find(ch);
             if (k == std::u32string::npos)
               out.push_back(ch);
             else if (k < to.size())
               out.push_back(to[k]);
           }
           return str(to_utf8(out));
         });
  define(table, "encode-for-uri", 1, 1, {string_opt}, string_one, [](EvalContext&, Args a) {
    return str(percent_encode(string_or_empty(a[0]), unreserved));
  });
  define(table, "iri-to-uri", 1, 1, {string_opt}, string_one,
         [](EvalContext&, Args a) { return str(percent_encode(string_or_empty(a[0]), iri_keep)); });
  define(table, "escape-html-uri", 1, 1, {string_opt}, string_one, [](EvalContext&, Args a) {
    return str(percent_encode(string_or_empty(a[0]), html_keep));
  });
  define(
      table, "contains", 2, 3, {string_opt, string_opt, string_opt}, boolean_one,
      [](EvalContext&, Args a) {
        check_collation(a, 2, "contains");
        return boolean(string_or_empty(a[0]).find(string_or_empty(a[1])) != std::string_view::npos);
      })
      .id = BuiltinId::kContains;
  define(table, "starts-with", 2, 3, {string_opt, string_opt, string_opt}, boolean_one,
         [](EvalContext&, Args a) {
           check_collation(a, 2, "starts-with");
           return boolean(string_or_empty(a[0]).starts_with(string_or_empty(a[1])));
         })
      .id = BuiltinId::kStartsWith;
  define(table, "ends-with", 2, 3, {string_opt, string_opt, string_opt}, boolean_one,
         [](EvalContext&, Args a) {
           check_collation(a, 2, "ends-with");
           return boolean(string_or_empty(a[0]).ends_with(string_or_empty(a[1])));
         })
      .id = BuiltinId::kEndsWith;
  define(table, "substring-before", 2, 3, {string_opt, string_opt, string_opt}, string_one,
         [](EvalContext&, Args a) {
           check_collation(a, 2, "substring-before");
           return str(split_at_first(a).before);
         })
      .id = BuiltinId::kSubstringBefore;
  define(table, "substring-after", 2, 3, {string_opt, string_opt, string_opt}, string_one,
         [](EvalContext&, Args a) {
           check_collation(a, 2, "substring-after");
           return str(split_at_first(a).after);
         })
      .id = BuiltinId::kSubstringAfter;
  define(table, "resolve-uri", 1, 2, {string_opt, string_opt}, any_uri_opt,
         [](EvalContext& c, Args a) -> Sequence {
           if (a[0].empty()) return {};
           std::string rel(string_or_empty(a[0]));
           std::string base;
           if (a.size() > 1) {
             base = string_or_empty(a[1]);
           } else if (c.item != nullptr && c.item->is_node()) {
             base = c.item->node().doc->base_uri();
           }
           if (base.empty() && !has_scheme(rel))
             throw Error("FONS0005", "resolve-uri(): no base URI");
           return one(Atomic(T::kAnyURI, resolve_uri(rel, base)));
         });
}

}  // namespace konform::xpath::fn
