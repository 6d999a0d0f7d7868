#include "reports/code_list_renderers.h"

#include "reports/wording.h"

namespace konform::reports {

void render_code_list_excerpt_text(const CodeListExcerpt& excerpt, std::ostream& out) {
  out << excerpt.short_name << " (" << excerpt.long_name << ")\n"
      << "  uri:      " << excerpt.uri << "\n"
      << "  version:  " << excerpt.version << "\n"
      << "  file:     " << excerpt.file << "\n"
      << "  rows:     " << excerpt.rows << "\n";
  if (excerpt.code_column) out << "  code col: " << *excerpt.code_column << "\n";
  for (const auto& row : excerpt.first_rows) {
    out << "    " << row.code;
    if (row.name) out << "  " << *row.name;
    out << "\n";
  }
  if (excerpt.first_rows.size() < excerpt.rows) {
    out << "    … " << excerpt.rows - excerpt.first_rows.size() << " more\n";
  }
}

void render_code_list_check_text(std::span<const CodeListFileCheck> files, std::ostream& out) {
  std::size_t errors = 0;
  for (const auto& file : files) {
    for (const auto& warning : file.warnings) out << file.file << ": warning: " << warning << "\n";
    if (file.error) {
      ++errors;
      out << *file.error << "\n";
    }
  }
  out << "konform: " << counted(files.size(), "code list") << " checked, " << errors
      << " with errors\n";
}

void render_fetched_code_list_text(const registry::FetchedCodeList& fetched, std::ostream& out) {
  out << "konform: " << (fetched.was_there ? "already there: " : "fetched ") << fetched.kennung
      << " " << fetched.version << "\n  " << fetched.file.string() << "\n  sha256 "
      << fetched.sha256 << "\n";
}

void render_refetch_warning_text(const registry::FetchedCodeList& fetched, std::ostream& out) {
  if (fetched.refetched_because.empty()) return;
  out << "konform: warning: " << fetched.file.string() << ": " << fetched.refetched_because
      << "; fetched again\n";
}

}  // namespace konform::reports
