#include "validator/codelist/code_list_store.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <algorithm>
#include <functional>
#include <system_error>
#include <tuple>

#include "validator/codelist/genericode_reader.h"
#include "validator/core/config_error.h"

namespace konform::codelist {
namespace {

/// The *.xml files directly inside `folder`, in byte order of their paths.
std::vector<std::filesystem::path> xml_files_in(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  std::filesystem::directory_iterator entries(folder, error);
  if (error) throw ConfigError("cannot list code list folder: " + error.message(), folder.string());
  for (const std::filesystem::directory_entry& entry : entries) {
    if (entry.path().extension() == ".xml" && entry.is_regular_file(error)) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.native() < b.native(); });
  return files;
}

}  // namespace

std::vector<std::filesystem::path> genericode_files(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return xml_files_in(path);
  if (std::filesystem::exists(path, error)) return {path};
  throw ConfigError("code list file or folder not found", path.string());
}

CodeListStore::Builder& CodeListStore::Builder::add(std::filesystem::path path) {
  paths_.push_back(std::move(path));
  return *this;
}

CodeListStore::Builder& CodeListStore::Builder::add(CodeList list) {
  lists_.push_back(std::move(list));
  return *this;
}

namespace {

bool same_bytes(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  std::ifstream first(a, std::ios::binary), second(b, std::ios::binary);
  if (!first || !second) return false;
  return std::equal(std::istreambuf_iterator<char>(first), std::istreambuf_iterator<char>(),
                    std::istreambuf_iterator<char>(second), std::istreambuf_iterator<char>());
}

}  // namespace

CodeListStore CodeListStore::Builder::build() {
  CodeListStore store;
  std::vector<std::filesystem::path> files;
  for (const std::filesystem::path& path : paths_) {
    std::vector<std::filesystem::path> inside = genericode_files(path);
    files.insert(files.end(), inside.begin(), inside.end());
  }
  for (const std::filesystem::path& file : files) {
    store.owned_.push_back(std::make_unique<const CodeList>(read_genericode_file(file)));
  }
  for (CodeList& list : lists_) {
    store.owned_.push_back(std::make_unique<const CodeList>(std::move(list)));
  }
  lists_.clear();
  for (const std::unique_ptr<const CodeList>& owned : store.owned_) {
    const CodeList* list = owned.get();
    const Identification& id = list->identification();
    const auto [existing, inserted] =
        store.by_version_.emplace(UriVersion{id.canonical_uri, id.version}, list);
    if (!inserted) {
      // Standards ship copies of shared lists (XSchule and XBildung carry the same KMK lists):
      // a byte-identical copy is the same list. Different content under one identity is an error.
      if (same_bytes(existing->second->source_file(), list->source_file())) continue;
      throw ConfigError("code list " + id.canonical_uri + " version " + id.version +
                            " is given twice: in " + existing->second->source_file() + " and in " +
                            list->source_file(),
                        list->source_file());
    }
    store.by_uri_[id.canonical_uri].push_back(list);
    store.ordered_.push_back(list);
  }
  auto by_identity = [](const CodeList* a, const CodeList* b) {
    return std::tie(a->identification().canonical_uri, a->identification().version) <
           std::tie(b->identification().canonical_uri, b->identification().version);
  };
  std::sort(store.ordered_.begin(), store.ordered_.end(), by_identity);
  for (auto& [uri, versions] : store.by_uri_) {
    std::sort(versions.begin(), versions.end(), by_identity);
  }
  return store;
}

std::size_t CodeListStore::UriVersionHash::operator()(const UriVersion& key) const noexcept {
  const std::size_t uri = std::hash<std::string_view>{}(key.uri);
  const std::size_t version = std::hash<std::string_view>{}(key.version);
  return uri ^ (version + 0x9e3779b97f4a7c15ULL + (uri << 6) + (uri >> 2));
}

const CodeList* CodeListStore::find(std::string_view uri, std::string_view version) const {
  if (auto found = by_version_.find(UriVersion{uri, version}); found != by_version_.end()) {
    return found->second;
  }
  return nullptr;
}

std::span<const CodeList* const> CodeListStore::versions(std::string_view uri) const {
  if (auto found = by_uri_.find(uri); found != by_uri_.end()) return found->second;
  return {};
}

}  // namespace konform::codelist
