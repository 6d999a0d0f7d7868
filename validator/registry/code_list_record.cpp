#include "validator/registry/code_list_record.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "validator/core/atomic_file.h"
#include "validator/core/config_error.h"
#include "validator/core/formatted_now.h"

namespace konform::registry {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> tab_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    fields.push_back(line.substr(start, tab - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

bool is_sha256_hex(const std::string& text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

CodeListRecord read_code_list_record(const fs::path& folder) {
  CodeListRecord record;
  const fs::path file = folder / kCodeListRecordName;
  std::ifstream in(file, std::ios::binary);
  if (!in) return record;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.front() == '#') continue;
    const auto fields = tab_fields(line);
    if (fields.size() != 4 || !is_sha256_hex(fields[0]) || fields[1].empty() ||
        fields[1].find('/') != std::string::npos) {
      throw ConfigError(
          "not a record line: expected SHA-256, file name, source URL and "
          "fetched-at date, separated by tabs",
          file.string(), number)
          .with_german(
              "keine Zeile des Verzeichnisses: erwartet SHA-256, Dateiname, Quell-URL "
              "und Abrufdatum, durch Tabulatoren getrennt");
    }
    record[fields[1]] = {fields[0], fields[2], fields[3]};
  }
  return record;
}

void write_code_list_record(const fs::path& folder, const CodeListRecord& record) {
  std::ostringstream text;
  text << "# konform code lists: SHA-256, file, source URL, fetched at (UTC); tab-separated\n";
  for (const auto& [name, entry] : record) {
    text << entry.sha256 << '\t' << name << '\t' << entry.url << '\t' << entry.fetched_at << '\n';
  }
  write_file_atomically(folder / kCodeListRecordName, text.str());
}

std::string utc_now_iso8601() { return formatted_now("%Y-%m-%dT%H:%M:%SZ", TimeZone::utc); }

}  // namespace konform::registry
