// A code list `konform codelist fetch` or `profile update-codelists` fetched or found in place:
// plain data from validator/registry/xrepository_codelist.h, rendered by
// reports/code_list_renderers.h.
#pragma once

#include <filesystem>
#include <string>

namespace konform::registry {

struct FetchedCodeList {
  std::string kennung;
  std::string version;
  std::filesystem::path file;
  std::string sha256;
  bool was_there = false;  ///< found in the folder as recorded; nothing fetched but the version
  /// Why a copy found in the folder was not trusted and the list fetched again; empty otherwise.
  std::string refetched_because;
  std::string refetched_because_de;
};

}  // namespace konform::registry
