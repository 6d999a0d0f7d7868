// The non-schema artefacts of a release: its genericode code lists and its Schematron files
// with the namespaces their rules use (the <ns> declarations), read without loading anything else.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "validator/codelist/code_list.h"

namespace konform::importer::xoev {

struct FoundCodeList {
  std::filesystem::path file;  ///< canonical
  std::string uri;
  std::string version;
};

/// Every *.xml file under `dir` whose root element is a genericode CodeList, read and checked
/// (ConfigError, located, for a broken one), in path order.
std::vector<FoundCodeList> find_code_lists(const std::filesystem::path& dir);

/// Every *.sch file under `dir`, in path order.
std::vector<std::filesystem::path> find_schematrons(const std::filesystem::path& dir);

/// The namespaces a Schematron file's <ns> elements declare.
std::set<std::string> schematron_namespaces(const std::filesystem::path& file);

/// Whether `file` names something inside `dir` (both canonical or both lexically normal).
bool lies_inside(const std::filesystem::path& file, const std::filesystem::path& dir);

/// Regular files under `dir` with the extension, whose real location stays inside `dir`.
std::vector<std::filesystem::path> files_inside(const std::filesystem::path& dir,
                                                const std::string& extension);

}  // namespace konform::importer::xoev
