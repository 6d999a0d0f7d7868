// A CodeListStore holds every code list version konform may check codes against, indexed by
// (canonical URI, version) — i.e. (listURI, listVersionID) — with several versions of one list
// side by side. Built once from files and folders, then immutable: every const member is safe
// to call from any number of threads, so one store serves all inputs of a run.
// Building is deterministic: a folder contributes its *.xml files (not recursive) in byte order
// of their paths, inputs in the order given. Two files with the same (uri, version) are a
// ConfigError naming both files, unless they are byte-identical copies (then the first counts).
#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "validator/codelist/code_list.h"

namespace konform::codelist {

/// The genericode files an input of Builder::add() stands for: the file itself, or a folder's
/// *.xml files (not recursive) in byte order of their paths. Throws ConfigError when it is
/// missing or cannot be listed. Hashes cover exactly these, as build() reads exactly these.
std::vector<std::filesystem::path> genericode_files(const std::filesystem::path& path);

class CodeListStore {
 public:
  /// Collects inputs; build() reads them all.
  class Builder {
   public:
    /// A genericode file, or a folder whose *.xml files are all genericode.
    Builder& add(std::filesystem::path path);
    /// A list already read (tests, or lists embedded elsewhere).
    Builder& add(CodeList list);
    /// Reads every input; throws ConfigError for the first unreadable, malformed or duplicate
    /// list. Consumes the builder's lists (build once).
    CodeListStore build();

   private:
    std::vector<std::filesystem::path> paths_;
    std::vector<CodeList> lists_;
  };

  CodeListStore(const CodeListStore&) = delete;
  CodeListStore& operator=(const CodeListStore&) = delete;
  CodeListStore(CodeListStore&&) noexcept = default;
  CodeListStore& operator=(CodeListStore&&) noexcept = default;

  /// The list version, or null. O(1).
  const CodeList* find(std::string_view uri, std::string_view version) const;
  /// Every version of the list with this canonical URI, ordered by version text; empty if none.
  std::span<const CodeList* const> versions(std::string_view uri) const;
  /// Every list, ordered by (uri, version).
  std::span<const CodeList* const> lists() const { return ordered_; }
  std::size_t size() const { return ordered_.size(); }

 private:
  CodeListStore() = default;

  struct UriVersion {
    std::string_view uri;
    std::string_view version;
    friend bool operator==(const UriVersion&, const UriVersion&) = default;
  };
  struct UriVersionHash {
    std::size_t operator()(const UriVersion& key) const noexcept;
  };

  // The lists own their strings; the indexes below view into them (addresses are stable
  // because each list lives in its own heap allocation).
  std::vector<std::unique_ptr<const CodeList>> owned_;
  std::vector<const CodeList*> ordered_;
  std::unordered_map<UriVersion, const CodeList*, UriVersionHash> by_version_;
  std::unordered_map<std::string_view, std::vector<const CodeList*>> by_uri_;
};

}  // namespace konform::codelist
