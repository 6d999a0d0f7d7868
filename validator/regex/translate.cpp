#include "validator/regex/translate.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

#include "validator/core/utf8.h"
#include "validator/regex/case_variants.h"

namespace konform::regex {
namespace {

using Range = CodePointRange;
constexpr char32_t kMaxCp = 0x10FFFF;

[[noreturn]] void bad(const std::string& message) {
  throw SyntaxError(SyntaxError::Kind::kPattern, "invalid regular expression: " + message);
}

std::vector<Range> normalise(std::vector<Range> r) {
  std::sort(r.begin(), r.end());
  std::vector<Range> out;
  for (const Range& x : r) {
    if (!out.empty() && x.first <= out.back().second + 1) {
      out.back().second = std::max(out.back().second, x.second);
    } else {
      out.push_back(x);
    }
  }
  return out;
}

std::vector<Range> complement(const std::vector<Range>& in) {
  std::vector<Range> r = normalise(in), out;
  char32_t next = 0;
  for (const Range& x : r) {
    if (x.first > next) out.push_back({next, x.first - 1});
    next = x.second + 1;
  }
  if (next <= kMaxCp) out.push_back({next, kMaxCp});
  return out;
}

std::vector<Range> subtract(const std::vector<Range>& a, const std::vector<Range>& b) {
  std::vector<Range> cb = complement(b), out;
  for (const Range& x : normalise(a)) {
    for (const Range& y : cb) {
      char32_t lo = std::max(x.first, y.first), hi = std::min(x.second, y.second);
      if (lo <= hi) out.push_back({lo, hi});
    }
  }
  return out;
}

const std::vector<Range>& name_start_ranges() {
  static const std::vector<Range> r = {
      {':', ':'},       {'A', 'Z'},       {'_', '_'},       {'a', 'z'},
      {0xC0, 0xD6},     {0xD8, 0xF6},     {0xF8, 0x2FF},    {0x370, 0x37D},
      {0x37F, 0x1FFF},  {0x200C, 0x200D}, {0x2070, 0x218F}, {0x2C00, 0x2FEF},
      {0x3001, 0xD7FF}, {0xF900, 0xFDCF}, {0xFDF0, 0xFFFD}, {0x10000, 0xEFFFF}};
  return r;
}

std::vector<Range> name_char_ranges() {
  std::vector<Range> r = name_start_ranges();
  r.insert(r.end(),
           {{'-', '-'}, {'.', '.'}, {'0', '9'}, {0xB7, 0xB7}, {0x300, 0x36F}, {0x203F, 0x2040}});
  return normalise(r);
}

std::optional<Range> block_range(std::string_view name) {
  static const std::pair<std::string_view, Range> kBlocks[] = {
      {"BasicLatin", {0x0000, 0x007F}},
      {"Latin-1Supplement", {0x0080, 0x00FF}},
      {"LatinExtended-A", {0x0100, 0x017F}},
      {"LatinExtended-B", {0x0180, 0x024F}},
      {"IPAExtensions", {0x0250, 0x02AF}},
      {"SpacingModifierLetters", {0x02B0, 0x02FF}},
      {"CombiningDiacriticalMarks", {0x0300, 0x036F}},
      {"Greek", {0x0370, 0x03FF}},
      {"GreekandCoptic", {0x0370, 0x03FF}},
      {"Cyrillic", {0x0400, 0x04FF}},
      {"Armenian", {0x0530, 0x058F}},
      {"Hebrew", {0x0590, 0x05FF}},
      {"Arabic", {0x0600, 0x06FF}},
      {"Thai", {0x0E00, 0x0E7F}},
      {"LatinExtendedAdditional", {0x1E00, 0x1EFF}},
      {"GreekExtended", {0x1F00, 0x1FFF}},
      {"GeneralPunctuation", {0x2000, 0x206F}},
      {"SuperscriptsandSubscripts", {0x2070, 0x209F}},
      {"CurrencySymbols", {0x20A0, 0x20CF}},
      {"CombiningMarksforSymbols", {0x20D0, 0x20FF}},
      {"LetterlikeSymbols", {0x2100, 0x214F}},
      {"NumberForms", {0x2150, 0x218F}},
      {"Arrows", {0x2190, 0x21FF}},
      {"MathematicalOperators", {0x2200, 0x22FF}},
      {"MiscellaneousTechnical", {0x2300, 0x23FF}},
      {"BoxDrawing", {0x2500, 0x257F}},
      {"BlockElements", {0x2580, 0x259F}},
      {"GeometricShapes", {0x25A0, 0x25FF}},
      {"MiscellaneousSymbols", {0x2600, 0x26FF}},
      {"Dingbats", {0x2700, 0x27BF}},
      {"CJKSymbolsandPunctuation", {0x3000, 0x303F}},
      {"Hiragana", {0x3040, 0x309F}},
      {"Katakana", {0x30A0, 0x30FF}},
      {"CJKUnifiedIdeographs", {0x4E00, 0x9FFF}},
      {"HangulSyllables", {0xAC00, 0xD7A3}},
      {"PrivateUse", {0xE000, 0xF8FF}},
      {"PrivateUseArea", {0xE000, 0xF8FF}},
      {"AlphabeticPresentationForms", {0xFB00, 0xFB4F}},
      {"HalfwidthandFullwidthForms", {0xFF00, 0xFFEF}},
      {"Specials", {0xFFF0, 0xFFFF}},
  };
  for (const auto& [n, r] : kBlocks) {
    if (n == name) return r;
  }
  return std::nullopt;
}

bool known_category(std::string_view c) {
  static const std::string_view kCats[] = {"L",  "Lu", "Ll", "Lt", "Lm", "Lo", "M",  "Mn", "Mc",
                                           "Me", "N",  "Nd", "Nl", "No", "P",  "Pc", "Pd", "Ps",
                                           "Pe", "Pi", "Pf", "Po", "S",  "Sm", "Sc", "Sk", "So",
                                           "Z",  "Zs", "Zl", "Zp", "C",  "Cc", "Cf", "Co", "Cs"};
  return std::find(std::begin(kCats), std::end(kCats), c) != std::end(kCats);
}

// A character class under construction: explicit ranges plus RE2 category escapes.
struct ClassSet {
  std::vector<Range> ranges;
  std::vector<std::string> categories;  // e.g. "\\p{Nd}", "\\P{L}"

  // Adds `added`, or its complement when `negated` (the upper-case escapes \S \I \C \P{Is..}).
  void add_ranges(const std::vector<Range>& added, bool negated) {
    if (!negated) {
      ranges.insert(ranges.end(), added.begin(), added.end());
      return;
    }
    std::vector<Range> complemented = complement(added);
    ranges.insert(ranges.end(), complemented.begin(), complemented.end());
  }
};

std::string hex_cp(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%X}", static_cast<unsigned>(c));
  return buf;
}

std::string emit_class(const ClassSet& set, bool negated) {
  std::vector<Range> ranges = normalise(set.ranges);
  if (ranges.empty() && set.categories.empty()) {
    return negated ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]";
  }
  std::string out = negated ? "[^" : "[";
  for (const Range& r : ranges) {
    out += hex_cp(r.first);
    if (r.second != r.first) out += "-" + hex_cp(r.second);
  }
  for (const std::string& c : set.categories) out += c;
  out += "]";
  return out;
}

struct Flags {
  bool s = false, m = false, i = false, x = false;
};

class Translator {
 public:
  Translator(std::u32string p, Flags flags) : p_(std::move(p)), flags_(flags) {}

  std::string run() {
    std::string out;
    while (i_ < p_.size()) {
      char32_t c = p_[i_];
      switch (c) {
        case '\\': {
          ClassSet set;
          std::optional<char32_t> single = parse_escape(set);
          if (single)
            out += variant_class(*single).value_or(escape_literal(*single));
          else
            out += emit_class(set, false);
          break;
        }
        case '[': {
          ++i_;
          bool negated = false;
          ClassSet set = parse_class_body(negated);
          out += emit_class(set, negated);
          break;
        }
        case '.':
          ++i_;
          out += flags_.s ? "(?s:.)" : "[^\\n\\r]";
          break;
        case '(':
          ++i_;
          if (i_ < p_.size() && p_[i_] == '?') {
            if (i_ + 1 < p_.size() && p_[i_ + 1] == ':') {
              i_ += 2;
              out += "(?:";
              break;
            }
            bad("'(?' is not allowed");
          }
          ++groups_;
          out += "(";
          break;
        case '{': {
          std::size_t start = i_;
          ++i_;
          std::string q = "{";
          bool digits = false, comma = false;
          while (i_ < p_.size() && p_[i_] != '}') {
            char32_t d = p_[i_++];
            if (d >= '0' && d <= '9')
              digits = true;
            else if (d == ',' && !comma && digits)
              comma = true;
            else
              bad("bad quantifier");
            q.push_back(static_cast<char>(d));
          }
          if (i_ >= p_.size() || !digits || start + 1 == i_) bad("bad quantifier");
          ++i_;
          out += q + "}";
          break;
        }
        case ']':
        case '}':
          bad("unescaped '" + std::string(1, static_cast<char>(c)) + "'");
        default:
          ++i_;
          if (auto variants = variant_class(c))
            out += *variants;
          else
            append_utf8(out, c);
      }
    }
    return out;
  }

  int groups() const { return groups_; }

 private:
  // F&O 3.1 §5.6.1.1, flag i, rule 1: a character stands for itself and its case variants, a class
  // when it has any (none without the flag).
  std::optional<std::string> variant_class(char32_t c) const {
    if (!flags_.i) return std::nullopt;
    std::vector<Range> variants = characters(c, c);
    if (variants.size() == 1) return std::nullopt;
    return emit_class(ClassSet{std::move(variants), {}}, false);
  }

  // A character or a character range (XSD charRange) as a set: with the flag i, rule 2, together
  // with the case variants of its characters, before any negation (rule 3: [^Q] matches neither
  // Q nor q) or subtraction ([A-Z-[IO]] matches neither I nor i). Class escapes (\p{Lu}, \w,
  // \p{IsBasicLatin}) are other constructs that rule 5 leaves alone.
  std::vector<Range> characters(char32_t lo, char32_t hi) const {
    if (!flags_.i) return {{lo, hi}};
    return with_case_variants({{lo, hi}});
  }

  static std::string escape_literal(char32_t c) {
    if (c == '\n') return "\\n";
    if (c == '\r') return "\\r";
    if (c == '\t') return "\\t";
    if (c < 0x80 &&
        std::string_view("\\|.?*+(){}-[]^$").find(static_cast<char>(c)) != std::string_view::npos)
      return std::string("\\") + static_cast<char>(c);
    std::string out;
    append_utf8(out, c);
    return out;
  }

  // After '\': a single character (returned) or a class escape (added to `set`).
  std::optional<char32_t> parse_escape(ClassSet& set) {
    ++i_;
    if (i_ >= p_.size()) bad("trailing backslash");
    char32_t c = p_[i_++];
    switch (c) {
      case 'n':
        return U'\n';
      case 'r':
        return U'\r';
      case 't':
        return U'\t';
      case '\\':
      case '|':
      case '.':
      case '?':
      case '*':
      case '+':
      case '(':
      case ')':
      case '{':
      case '}':
      case '-':
      case '[':
      case ']':
      case '^':
      case '$':
        return c;
      case 'd':
        set.categories.push_back("\\p{Nd}");
        return std::nullopt;
      case 'D':
        set.categories.push_back("\\P{Nd}");
        return std::nullopt;
      case 's':
      case 'S':
        set.add_ranges({{' ', ' '}, {'\t', '\t'}, {'\n', '\n'}, {'\r', '\r'}}, c == 'S');
        return std::nullopt;
      case 'w':
        for (const char* cat : {"\\p{L}", "\\p{M}", "\\p{N}", "\\p{S}"})
          set.categories.push_back(cat);
        return std::nullopt;
      case 'W':
        for (const char* cat : {"\\p{P}", "\\p{Z}", "\\p{C}"}) set.categories.push_back(cat);
        return std::nullopt;
      case 'i':
      case 'I':
        set.add_ranges(name_start_ranges(), c == 'I');
        return std::nullopt;
      case 'c':
      case 'C':
        set.add_ranges(name_char_ranges(), c == 'C');
        return std::nullopt;
      case 'p':
      case 'P': {
        if (i_ >= p_.size() || p_[i_] != '{') bad("expected '{' after \\p");
        std::size_t close = p_.find('}', i_);
        if (close == std::u32string::npos) bad("unterminated \\p{");
        std::string name = to_utf8(p_.substr(i_ + 1, close - i_ - 1));
        i_ = close + 1;
        if (name.rfind("Is", 0) == 0) {
          auto block = block_range(name.substr(2));
          if (!block) bad("unsupported Unicode block " + name);
          set.add_ranges({*block}, c == 'P');
        } else {
          if (!known_category(name)) bad("unknown Unicode category " + name);
          set.categories.push_back(std::string(c == 'p' ? "\\p{" : "\\P{") + name + "}");
        }
        return std::nullopt;
      }
      default:
        if (c >= '0' && c <= '9') bad("back-references are not supported");
        bad("unknown escape \\" + to_utf8(std::u32string(1, c)));
    }
  }

  void add_characters(ClassSet& set, char32_t lo, char32_t hi) const {
    std::vector<Range> added = characters(lo, hi);
    set.ranges.insert(set.ranges.end(), added.begin(), added.end());
  }

  // After '[': parses up to and including the closing ']'.
  ClassSet parse_class_body(bool& negated) {
    ClassSet set;
    if (i_ < p_.size() && p_[i_] == '^') {
      negated = true;
      ++i_;
    }
    bool first = true;
    while (true) {
      if (i_ >= p_.size()) bad("unterminated character class");
      char32_t c = p_[i_];
      if (c == ']' && !first) {
        ++i_;
        return set;
      }
      if (c == '-' && i_ + 1 < p_.size() && p_[i_ + 1] == '[') {
        i_ += 2;
        bool sub_negated = false;
        ClassSet sub = parse_class_body(sub_negated);
        if (i_ >= p_.size() || p_[i_] != ']') bad("subtraction must end the class");
        ++i_;
        if (!set.categories.empty() || !sub.categories.empty())
          bad("class subtraction with Unicode categories is not supported");
        std::vector<Range> base = negated ? complement(set.ranges) : set.ranges;
        std::vector<Range> minus = sub_negated ? complement(sub.ranges) : sub.ranges;
        negated = false;
        return ClassSet{subtract(base, minus), {}};
      }
      first = false;
      std::optional<char32_t> lo;
      if (c == '\\') {
        lo = parse_escape(set);
        if (!lo) continue;
      } else if (c == '[') {
        bad("'[' must be escaped in a character class");
      } else {
        lo = c;
        ++i_;
      }
      if (i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']' && p_[i_ + 1] != '[') {
        ++i_;
        char32_t hi;
        if (p_[i_] == '\\') {
          ClassSet dummy;
          auto h = parse_escape(dummy);
          if (!h) bad("a range cannot end with a class escape");
          hi = *h;
        } else {
          hi = p_[i_++];
        }
        if (hi < *lo) bad("bad character range");
        add_characters(set, *lo, hi);
      } else {
        add_characters(set, *lo, *lo);
      }
    }
  }

  std::u32string p_;
  std::size_t i_ = 0;
  Flags flags_;
  int groups_ = 0;
};

Flags parse_flags(std::string_view flags) {
  Flags f;
  for (char c : flags) {
    switch (c) {
      case 's':
        f.s = true;
        break;
      case 'm':
        f.m = true;
        break;
      case 'i':
        f.i = true;
        break;
      case 'x':
        f.x = true;
        break;
      default:
        throw SyntaxError(SyntaxError::Kind::kFlag,
                          std::string("invalid regular expression flag '") + c + "'");
    }
  }
  return f;
}

std::u32string strip_whitespace(const std::u32string& p) {
  std::u32string out;
  int class_depth = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char32_t c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      out.push_back(c);
      out.push_back(p[++i]);
      continue;
    }
    if (c == '[') ++class_depth;
    if (c == ']' && class_depth > 0) --class_depth;
    if (class_depth == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string translate(std::string_view pattern, std::string_view flags) {
  Flags f = parse_flags(flags);
  std::u32string p = to_code_points(pattern);
  if (f.x) p = strip_whitespace(p);
  Translator t(p, f);
  std::string body = t.run();
  return f.m ? "(?m)" + body : body;
}

std::shared_ptr<const CompiledRegex> compile(std::string_view pattern, std::string_view flags) {
  const std::string translated = translate(pattern, flags);
  // The translation spells out `.` for the flag s itself, so RE2's dot_nl is left alone.
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  auto out = std::make_shared<CompiledRegex>();
  out->re = std::make_unique<RE2>(translated, options);
  if (!out->re->ok()) bad(std::string(pattern) + " (" + out->re->error() + ")");
  out->groups = out->re->NumberOfCapturingGroups();
  out->matches_empty = RE2::PartialMatch("", *out->re);
  return out;
}

}  // namespace konform::regex
