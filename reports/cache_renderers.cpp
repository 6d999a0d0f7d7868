#include "reports/cache_renderers.h"

#include "reports/wording.h"

namespace konform::reports {

void render_cache_info_text(const cache::Info& info, std::ostream& out) {
  out << "konform: cache " << info.directory.string() << ": "
      << (info.exists ? "" : "(not created yet) ") << counted(info.entries, "entry", "entries")
      << ", " << counted(info.bytes, "byte") << "\n";
}

void render_cache_cleared_text(const std::filesystem::path& directory, std::size_t removed,
                               std::ostream& out) {
  out << "konform: cache " << directory.string() << ": removed "
      << counted(removed, "entry", "entries") << "\n";
}

}  // namespace konform::reports
