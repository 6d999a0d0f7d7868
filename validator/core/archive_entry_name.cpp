#include "validator/core/archive_entry_name.h"

#include <algorithm>

namespace konform {

EntryRefusal check_entry_name(const std::string& name) {
  if (name.empty()) return {"an empty name", "ein leerer Name"};
  if (name.front() == '/' || (name.size() > 1 && name[1] == ':')) {
    return {"an absolute path", "ein absoluter Pfad"};
  }
  if (name.find('\\') != std::string::npos) {
    return {"a backslash in the path", "ein umgekehrter Schrägstrich im Pfad"};
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = std::min(name.find('/', start), name.size());
    const std::string step = name.substr(start, end - start);
    if (step == "..") return {"a '..' step leads out", "ein '..'-Schritt führt hinaus"};
    if (step.empty() || step == ".") {
      return {"an empty or '.' step (not a plain relative path)",
              "ein leerer oder '.'-Schritt (kein schlichter relativer Pfad)"};
    }
    start = end + 1;
  }
  return {};
}

}  // namespace konform
