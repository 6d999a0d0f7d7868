#include "validator/input/input_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "validator/core/config_error.h"
#include "validator/input/folder_walk.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

/// The last component of a path's text; discovery looks at every entry of a folder, so these
/// checks read the entry's own string instead of building fs::path parts for it.
std::string_view file_name_of(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  text.remove_prefix(text.size() - suffix.size());
  return std::equal(text.begin(), text.end(), suffix.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
}

/// Like fs::path::extension() == ".xml", ignoring case: a name that only starts with a dot
/// (".xml") has no extension.
bool has_xml_extension(std::string_view path) {
  const std::string_view name = file_name_of(path);
  return name.size() > 4 && ends_with_ignoring_case(name, ".xml");
}

/// is_service_definition_name on the last component alone.
bool is_service_definition_file_name(std::string_view name) {
  for (std::string_view whole :
       {"publiccode.yml", "publiccode.yaml", "konform-service.yml", "konform-service.yaml"}) {
    if (!ends_with_ignoring_case(name, whole)) continue;
    if (name.size() == whole.size() || name[name.size() - whole.size() - 1] == '.') return true;
  }
  return false;
}

/// Whether `a` comes before `b` in fs::path's order, component by component, compared as text:
/// fs::path::compare splits both paths into components on every comparison. Read as if each '/'
/// were NUL, the one byte no component can hold and the lowest, the texts compare exactly as the
/// component sequences do ("a/b" < "a-b").
bool before_as_paths(std::string_view a, std::string_view b) {
  const auto byte = [](char c) { return c == '/' ? 0u : static_cast<unsigned char>(c) + 0u; };
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (a[i] != b[i]) return byte(a[i]) < byte(b[i]);
  }
  return a.size() < b.size();
}

}  // namespace

bool is_service_definition_name(const fs::path& path) {
  return is_service_definition_file_name(file_name_of(path.native()));
}

bool is_service_definition_file(const fs::path& path) {
  // As fs::path::extension(), ignoring case, without building the extension: every input of a
  // batch is asked this before checking starts.
  const std::string_view name = file_name_of(path.native());
  for (std::string_view extension : {".yml", ".yaml"}) {
    if (name.size() > extension.size() && ends_with_ignoring_case(name, extension)) return true;
  }
  return false;
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
    std::vector<std::string> found = files_under(operand, [](std::string_view name) {
      return has_xml_extension(name) || is_service_definition_file_name(name);
    });
    // Every path found starts with the operand: compare what follows it.
    const std::size_t common = operand.size();
    std::sort(found.begin(), found.end(), [common](const std::string& a, const std::string& b) {
      return before_as_paths(std::string_view(a).substr(common),
                             std::string_view(b).substr(common));
    });
    for (auto& file : found) {
      fs::path file_path(file);
      inputs.push_back({std::move(file), std::move(file_path)});
    }
  }
  return inputs;
}

InputBytes read_input(const InputSource& input, std::size_t max_bytes) {
  InputBytes out;
  if (input.contents) {
    if (input.contents->size() > max_bytes) {
      out.too_large = true;
    } else {
      out.bytes = InputBuffer(*input.contents);
    }
    return out;
  }
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
    out.bytes = InputBuffer(data);
    return out;
  }
  // One open, one fstat, reads, one close: a batch of thousands of small messages spends a
  // good part of its time in these calls, and a stat by name would walk the path a second time.
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  const int fd = ::open(input.file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    out.error = std::strerror(errno);
    return out;
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    out.error = std::strerror(errno);
    return out;
  }
  if (S_ISDIR(info.st_mode)) {
    out.error = std::strerror(EISDIR);
    return out;
  }
  if (!S_ISREG(info.st_mode)) {
    out.error = "not a regular file";
    return out;
  }
  const auto size = static_cast<std::size_t>(info.st_size);
  if (size > max_bytes) {
    out.too_large = true;
    return out;
  }
  out.bytes = InputBuffer::for_overwrite(size);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = ::read(fd, out.bytes.data() + done, size - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      out.error = std::strerror(errno);
      out.bytes.clear();
      return out;
    }
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  if (done != size) {
    out.error = "short read";
    out.bytes.clear();
  }
  return out;
}

}  // namespace konform
