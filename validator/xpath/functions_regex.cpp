// fn:matches, fn:replace, fn:tokenize on top of RE2 (regex.h). A literal pattern (and literal
// flags) is translated and compiled once, when the calling expression is compiled.
#include <unordered_map>

#include <re2/re2.h>

#include "validator/xpath/error.h"
#include "validator/xpath/functions.h"
#include "validator/xpath/regex.h"

namespace konform::xpath::fn {
namespace {

using Args = Arguments;

/// Patterns computed at run time kept compiled per thread (XRechnung uses a handful).
constexpr std::size_t kCachedPatterns = 256;

std::string literal_string(const Expr* e) {
  const Atomic* a = e->literal();
  return a != nullptr && a->holds_string() ? std::string(a->as_string()) : std::string();
}

bool is_string_literal(const Expr* e) {
  return e->literal() != nullptr && e->literal()->holds_string();
}

/// The call site's compiled regex, or the pattern of this call compiled (and cached). The cache
/// keeps what it returns until a later call adds a pattern.
const CompiledRegex& regex_for(EvalContext& c, const Args a, std::size_t pattern_index,
                               std::size_t flags_index) {
  if (c.prepared->regex != nullptr) return *c.prepared->regex;
  std::string_view flags = a.size() > flags_index ? string_or_empty(a[flags_index]) : "";
  std::string_view pattern = string_or_empty(a[pattern_index]);
  // Patterns held in variables (XRechnung's $XR-EMAIL-REGEX ...) repeat: keep a small
  // per-thread cache so they are translated and compiled once.
  thread_local std::unordered_map<std::string, std::shared_ptr<const CompiledRegex>> cache;
  std::string key = std::string(flags) + '\n' + std::string(pattern);
  auto it = cache.find(key);
  if (it != cache.end()) return *it->second;
  auto compiled = compile_regex(pattern, flags);
  if (cache.size() >= kCachedPatterns) cache.clear();
  return *cache.emplace(std::move(key), std::move(compiled)).first->second;
}

std::string expand_replacement(std::string_view replacement, const re2::StringPiece* groups,
                               int group_count) {
  std::string out;
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    char c = replacement[i];
    if (c == '\\') {
      if (i + 1 < replacement.size() && (replacement[i + 1] == '\\' || replacement[i + 1] == '$')) {
        out.push_back(replacement[++i]);
        continue;
      }
      throw Error("FORX0004", "invalid replacement string: unescaped '\\'");
    }
    if (c == '$') {
      if (i + 1 >= replacement.size() ||
          !std::isdigit(static_cast<unsigned char>(replacement[i + 1])))
        throw Error("FORX0004", "invalid replacement string: '$' not followed by a digit");
      int n = replacement[++i] - '0';
      // Take more digits while the group number stays valid.
      while (i + 1 < replacement.size() &&
             std::isdigit(static_cast<unsigned char>(replacement[i + 1])) &&
             n * 10 + (replacement[i + 1] - '0') <= group_count) {
        n = n * 10 + (replacement[++i] - '0');
      }
      if (n <= group_count && groups[n].data() != nullptr)
        out.append(groups[n].data(), groups[n].size());
      continue;
    }
    out.push_back(c);
  }
  return out;
}

/// A literal pattern (with literal flags or none) is translated and compiled with the call.
template <std::size_t pattern_index, std::size_t flags_index>
PreparedCall prepare_regex(const std::vector<const Expr*>& args, const StaticContext&) {
  if (!is_string_literal(args[pattern_index])) return {};
  if (args.size() > flags_index && !is_string_literal(args[flags_index])) return {};
  return {
      .regex = compile_regex(literal_string(args[pattern_index]),
                             args.size() > flags_index ? literal_string(args[flags_index]) : ""),
      .statics = nullptr};
}

}  // namespace

void add_regex(FunctionTable& table) {
  using namespace types;
  define(table, "matches", 2, 3, {string_opt, string_opt, string_opt}, boolean_one,
         [](EvalContext& c, Args a) {
           std::string_view input = string_or_empty(a[0]);
           const CompiledRegex& re = regex_for(c, a, 1, 2);
           return boolean(RE2::PartialMatch(input, *re.re));
         })
      .prepare = prepare_regex<1, 2>;
  define(table, "replace", 3, 4, {string_opt, string_opt, string_opt, string_opt}, string_one,
         [](EvalContext& c, Args a) {
           std::string_view input = string_or_empty(a[0]);
           const CompiledRegex& re = regex_for(c, a, 1, 3);
           std::string_view replacement = string_or_empty(a[2]);
           if (re.matches_empty)
             throw Error("FORX0003", "replace(): the pattern matches a zero-length string");
           std::vector<re2::StringPiece> groups(static_cast<std::size_t>(re.groups) + 1);
           std::string out;
           std::size_t pos = 0;
           while (pos <= input.size()) {
             c.step();
             if (!re.re->Match(input, pos, input.size(), RE2::UNANCHORED, groups.data(),
                               static_cast<int>(groups.size())))
               break;
             auto start = static_cast<std::size_t>(groups[0].data() - input.data());
             out.append(input, pos, start - pos);
             out += expand_replacement(replacement, groups.data(), re.groups);
             c.charge(out.size() / 64 + 1);
             pos = start + groups[0].size();
           }
           if (pos < input.size()) out.append(input, pos);
           return str(out);
         })
      .prepare = prepare_regex<1, 3>;
  define(table, "tokenize", 2, 3, {string_opt, string_opt, string_opt}, strings,
         [](EvalContext& c, Args a) {
           std::string_view input = string_or_empty(a[0]);
           const CompiledRegex& re = regex_for(c, a, 1, 2);
           if (re.matches_empty)
             throw Error("FORX0003", "tokenize(): the pattern matches a zero-length string");
           Sequence out;
           if (input.empty()) return out;
           re2::StringPiece match;
           std::size_t pos = 0;
           while (true) {
             c.step();
             if (!re.re->Match(input, pos, input.size(), RE2::UNANCHORED, &match, 1)) break;
             auto start = static_cast<std::size_t>(match.data() - input.data());
             out.emplace_back(Atomic::text(T::kString, input.substr(pos, start - pos)));
             pos = start + match.size();
           }
           out.emplace_back(Atomic::text(T::kString, input.substr(pos)));
           return out;
         })
      .prepare = prepare_regex<1, 2>;
}

}  // namespace konform::xpath::fn
