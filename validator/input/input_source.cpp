#include "validator/input/input_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "validator/core/config_error.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

bool has_xml_extension(const fs::path& path) {
  auto ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".xml";
}

/// Sorts like std::sort with fs::path's operator<, component by component, but on one string key
/// per path: fs::path::compare splits both paths into components on every comparison, and
/// discovery was 5 % of a 5,000-file batch (perf), all of it before the first file is read, so
/// none of it runs in parallel. The key is the path with each '/' replaced by NUL, the one byte
/// no component can hold and the lowest, so the keys sort exactly as the component sequences do
/// ("a/b" < "a-b").
void sort_as_paths(std::vector<fs::path>& paths) {
  std::vector<std::pair<std::string, std::size_t>> keys;
  keys.reserve(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::string key = paths[i].native();
    std::replace(key.begin(), key.end(), '/', '\0');
    keys.emplace_back(std::move(key), i);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<fs::path> sorted;
  sorted.reserve(paths.size());
  for (const auto& [key, index] : keys) sorted.push_back(std::move(paths[index]));
  paths = std::move(sorted);
}

}  // namespace

bool is_service_definition_name(const fs::path& path) {
  auto name = path.filename().string();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view base : {"publiccode", "konform-service"}) {
    for (std::string_view ext : {".yml", ".yaml"}) {
      const std::string whole = std::string(base) + std::string(ext);
      if (name == whole) return true;
      if (name.size() > whole.size() && name.ends_with("." + whole)) return true;
    }
  }
  return false;
}

bool is_service_definition_file(const fs::path& path) {
  auto ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".yml" || ext == ".yaml";
}

std::vector<InputSource> discover_inputs(const std::vector<std::string>& operands) {
  std::vector<InputSource> inputs;
  for (const auto& operand : operands) {
    if (operand == "-") {
      inputs.push_back({"-", {}});
      continue;
    }
    fs::path path(operand);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw ConfigError("input not found", operand);
    if (!fs::is_directory(status)) {
      inputs.push_back({operand, path});
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw ConfigError("cannot list folder: " + ec.message(), operand);
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) throw ConfigError("cannot list folder: " + ec.message(), operand);
      // Every *.xml entry that is not a folder is an input: a dangling symlink or a special file
      // is reported as unreadable rather than skipped silently.
      const bool wanted = has_xml_extension(it->path()) || is_service_definition_name(it->path());
      if (wanted && !it->is_directory(ec)) found.push_back(it->path());
    }
    sort_as_paths(found);
    for (auto& file : found) inputs.push_back({file.string(), file});
  }
  return inputs;
}

InputBytes read_input(const InputSource& input, std::size_t max_bytes) {
  InputBytes out;
  if (input.is_stdin()) {
    std::string data;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      data.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (data.size() > max_bytes) {
        out.too_large = true;
        return out;
      }
    }
    out.bytes = std::move(data);
    return out;
  }
  std::error_code ec;
  auto size = fs::file_size(input.file, ec);
  if (ec) {
    out.error = ec.message();
    return out;
  }
  if (size > max_bytes) {
    out.too_large = true;
    return out;
  }
  std::ifstream stream(input.file, std::ios::binary);
  if (!stream) {
    out.error = std::strerror(errno);
    return out;
  }
  out.bytes.resize(size);
  stream.read(out.bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::size_t>(stream.gcount()) != size) {
    out.error = "short read";
    out.bytes.clear();
  }
  return out;
}

}  // namespace konform
