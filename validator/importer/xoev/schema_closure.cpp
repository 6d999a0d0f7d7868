#include "validator/importer/xoev/schema_closure.h"

#include "validator/importer/xoev/release_artefacts.h"

#include <algorithm>
#include <deque>
#include <set>

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

/// The root a canonical path lies in, or null.
const SourceRoot* root_of(const fs::path& file, const std::vector<SourceRoot>& roots) {
  for (const auto& root : roots) {
    if (lies_inside(file, root.dir)) return &root;
  }
  return nullptr;
}

/// Every *.xsd under the roots by file name, the release's first, then each --with folder's,
/// each folder's in path order.
std::map<std::string, std::vector<fs::path>> schemas_by_file_name(
    const std::vector<SourceRoot>& roots) {
  std::map<std::string, std::vector<fs::path>> out;
  for (const auto& root : roots) {
    // A link that leads out of its folder is no copy the profile may hold.
    auto found = files_inside(root.dir, ".xsd");
    for (auto& file : found) out[file.filename().string()].push_back(std::move(file));
  }
  return out;
}

std::string url_file_name(const std::string& url) {
  std::string path = url.substr(0, url.find_first_of("?#"));
  return path.substr(path.rfind('/') + 1);
}

class Walker {
 public:
  explicit Walker(const std::vector<SourceRoot>& roots)
      : roots_(roots), by_name_(schemas_by_file_name(roots)) {}

  SchemaClosure run(const std::vector<fs::path>& start) {
    for (const auto& file : start) enqueue(fs::canonical(file));
    while (!queue_.empty()) {
      const fs::path file = queue_.front();
      queue_.pop_front();
      ScannedSchema& scanned = out_.scanned[file] = scan_schema(file);
      for (const auto& reference : scanned.references) follow(file, reference);
    }
    std::sort(out_.catalog.begin(), out_.catalog.end(),
              [](const auto& a, const auto& b) { return a.url < b.url; });
    return std::move(out_);
  }

 private:
  void enqueue(const fs::path& file) {
    if (out_.targets.count(file)) return;
    const SourceRoot* root = root_of(file, roots_);
    out_.targets[file] = root->target_dir / file.lexically_relative(root->dir);
    queue_.push_back(file);
  }

  void follow(const fs::path& from, const SchemaReference& reference) {
    if (is_remote(reference.location)) return follow_remote(from, reference);
    const fs::path target = (from.parent_path() / reference.location).lexically_normal();
    std::error_code error;
    const fs::path file = fs::canonical(target, error);
    if (error) return unresolved(from, reference, "no such file");
    if (root_of(file, roots_) != root_of(from, roots_)) {
      return unresolved(from, reference, "leads out of the folder it was found in");
    }
    enqueue(file);
  }

  void follow_remote(const fs::path& from, const SchemaReference& reference) {
    if (mapped_.count(reference.location)) return;
    const auto candidates = by_name_.find(url_file_name(reference.location));
    if (candidates == by_name_.end()) {
      return unresolved(
          from, reference,
          "no copy of " + url_file_name(reference.location) + " in the release or a --with folder");
    }
    // Of several copies, the first whose target namespace is the one imported.
    const fs::path* chosen = nullptr;
    for (const auto& candidate : candidates->second) {
      if (scan_schema(candidate).target_namespace == reference.namespace_uri) {
        chosen = &candidate;
        break;
      }
    }
    if (!chosen) {
      return unresolved(from, reference,
                        "the copies found (" + candidates->second.front().string() +
                            "…) declare another target namespace");
    }
    mapped_.insert(reference.location);
    enqueue(*chosen);
    out_.catalog.push_back({reference.location, out_.targets[*chosen], *chosen});
  }

  void unresolved(const fs::path& from, const SchemaReference& reference, std::string reason) {
    out_.unresolved.push_back(
        {reference.location, reference.namespace_uri, from, reference.line, std::move(reason)});
  }

  const std::vector<SourceRoot>& roots_;
  std::map<std::string, std::vector<fs::path>> by_name_;
  std::set<std::string> mapped_;
  std::deque<fs::path> queue_;
  SchemaClosure out_;
};

}  // namespace

bool is_remote(const std::string& location) {
  const auto colon = location.find("://");
  return colon != std::string::npos && colon > 1;
}

SchemaClosure close_schemas(const std::vector<fs::path>& start,
                            const std::vector<SourceRoot>& roots) {
  return Walker(roots).run(start);
}

}  // namespace konform::importer::xoev
