// What `konform codelist check` found in one genericode file: the defects a reader tolerates
// (warnings) or the located error that made it unreadable. Plain data, rendered by
// reports/code_list_renderers.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace konform {

struct CodeListFileCheck {
  std::string file;
  std::vector<std::string> warnings;
  std::optional<std::string> error;  ///< "file:line:col: message"; none: the file was read
};

}  // namespace konform
