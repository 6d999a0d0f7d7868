#include "validator/waive/glob.h"

#include <filesystem>

namespace konform::waive {
namespace {

// Backtracking is fine here: patterns and paths are short, written by people.
bool match(std::string_view pattern, std::string_view path) {
  while (!pattern.empty()) {
    if (pattern.starts_with("**")) {
      pattern.remove_prefix(2);
      // `**/` may also stand for no folder at all.
      if (pattern.starts_with('/') && match(pattern.substr(1), path)) return true;
      for (std::size_t i = 0; i <= path.size(); ++i) {
        if (match(pattern, path.substr(i))) return true;
      }
      return false;
    }
    if (pattern.front() == '*') {
      pattern.remove_prefix(1);
      for (std::size_t i = 0; i <= path.size(); ++i) {
        if (match(pattern, path.substr(i))) return true;
        if (i < path.size() && path[i] == '/') break;
      }
      return false;
    }
    if (path.empty()) return false;
    if (pattern.front() == '?' ? path.front() == '/' : pattern.front() != path.front()) {
      return false;
    }
    pattern.remove_prefix(1);
    path.remove_prefix(1);
  }
  return path.empty();
}

}  // namespace

std::string normalised_path(std::string_view path) {
  if (path == "-") return std::string(path);  // standard input
  std::string out = std::filesystem::path(path).lexically_normal().generic_string();
  while (out.starts_with("./")) out.erase(0, 2);
  return out;
}

bool glob_match(std::string_view pattern, std::string_view path) {
  return match(normalised_path(pattern), normalised_path(path));
}

}  // namespace konform::waive
