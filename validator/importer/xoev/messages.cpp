#include "validator/importer/xoev/messages.h"

#include <cctype>
#include <map>
#include <set>

#include "validator/importer/xoev/release_artefacts.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

struct Message {
  std::string namespace_uri;
  std::string local_name;
  fs::path declared_in;  ///< canonical
};

/// XÖV messages of the release's own schemas; when none meets the criteria (XHochschule names
/// its messages without a number and without a header), every global element.
std::vector<Message> candidates(const SchemaClosure& closure, const fs::path& release,
                                std::string& rule) {
  std::vector<Message> xoev, global;
  for (const auto& [file, schema] : closure.scanned) {
    if (!lies_inside(file, release)) continue;
    for (const auto& element : schema.elements) {
      const Message message{schema.target_namespace, element.name, file};
      global.push_back(message);
      // The header itself ("nachrichtenkopf.g2g") is a global element of the library, no message.
      if (element.name.rfind("nachrichtenkopf", 0) == 0) continue;
      if (has_message_number(element.name) || element.carries_message_header) {
        xoev.push_back(message);
      }
    }
  }
  rule = !xoev.empty() ? "xoev" : global.empty() ? "none" : "global-elements";
  return xoev.empty() ? global : xoev;
}

/// The schemas each schema reaches (itself included), through relative paths and the catalog.
class Reach {
 public:
  explicit Reach(const SchemaClosure& closure) : closure_(closure) {
    for (const auto& mapping : closure.catalog) by_url_[mapping.url] = mapping.source;
  }

  std::set<fs::path> from(const fs::path& start) const {
    std::set<fs::path> seen;
    std::vector<fs::path> todo{start};
    while (!todo.empty()) {
      const fs::path file = todo.back();
      todo.pop_back();
      if (!seen.insert(file).second) continue;
      for (const auto& reference : closure_.scanned.at(file).references) {
        // Unresolved references (listed elsewhere) lead nowhere.
        if (is_remote(reference.location)) {
          const auto mapped = by_url_.find(reference.location);
          if (mapped != by_url_.end()) todo.push_back(mapped->second);
          continue;
        }
        std::error_code missing;
        const fs::path target = fs::canonical(file.parent_path() / reference.location, missing);
        if (!missing && closure_.scanned.count(target)) todo.push_back(target);
      }
    }
    return seen;
  }

 private:
  const SchemaClosure& closure_;
  std::map<std::string, fs::path> by_url_;
};

/// The schema a message is validated against: a release schema no other release schema refers
/// to (its entry point) that reaches the declaring one, in the message's namespace first; else
/// the declaring schema itself.
fs::path entry_schema(const Message& message, const std::vector<fs::path>& entries,
                      const std::map<fs::path, std::set<fs::path>>& reach,
                      const SchemaClosure& closure) {
  for (const bool same_namespace : {true, false}) {
    for (const auto& entry : entries) {
      if (same_namespace && closure.scanned.at(entry).target_namespace != message.namespace_uri) {
        continue;
      }
      if (reach.at(entry).count(message.declared_in)) return entry;
    }
  }
  return message.declared_in;
}

std::vector<fs::path> entry_points(const SchemaClosure& closure, const fs::path& release,
                                   const Reach& reach) {
  std::set<fs::path> referenced;
  for (const auto& [file, schema] : closure.scanned) {
    if (!lies_inside(file, release)) continue;
    for (const auto& reached : reach.from(file)) {
      if (reached != file) referenced.insert(reached);
    }
  }
  std::vector<fs::path> out;
  for (const auto& [file, schema] : closure.scanned) {
    if (lies_inside(file, release) && !referenced.count(file)) out.push_back(file);
  }
  return out;
}

/// A manifest's document type id allows ASCII letters, digits, '.', '-' and '_' (starting with a
/// letter or digit); an element name may hold more (umlauts), which become '_'.
std::string document_type_id(const std::string& local_name) {
  std::string id;
  for (const char c : local_name) {
    const bool allowed = std::isalnum(static_cast<unsigned char>(c)) != 0 ||
                         (!id.empty() && (c == '.' || c == '-' || c == '_'));
    id += allowed && static_cast<unsigned char>(c) < 0x80 ? c : '_';
  }
  if (id.front() == '_') id.insert(0, "m");
  return id;
}

}  // namespace

MessageSet find_messages(const SchemaClosure& closure, const fs::path& own_dir) {
  MessageSet out;
  const Reach reach(closure);
  out.entry_points = entry_points(closure, own_dir, reach);
  std::map<fs::path, std::set<fs::path>> reached;
  for (const auto& entry : out.entry_points) reached[entry] = reach.from(entry);
  std::set<std::string> ids;
  for (const auto& message : candidates(closure, own_dir, out.rule)) {
    const std::string base = document_type_id(message.local_name);
    std::string id = base;
    for (int n = 2; !ids.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    out.messages.push_back({id, message.namespace_uri, message.local_name, message.declared_in,
                            entry_schema(message, out.entry_points, reached, closure)});
  }
  return out;
}

}  // namespace konform::importer::xoev
