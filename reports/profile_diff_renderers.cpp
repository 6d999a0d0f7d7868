#include "reports/profile_diff_renderers.h"

#include "reports/wording.h"

namespace konform::reports {

void render_profile_diff(const ProfileDiff& diff, std::string_view format, std::ostream& out) {
  if (format == "json") return render_profile_diff_json(diff, out);
  if (format == "markdown") return render_profile_diff_markdown(diff, out);
  render_profile_diff_text(diff, out);
}

std::string_view short_hash(std::string_view sha256) { return sha256.substr(0, 12); }

std::string profile_diff_summary(const ProfileDiff& diff) {
  if (diff.empty()) return "no differences";
  std::string summary;
  const auto add = [&summary](std::size_t count, std::string_view noun) {
    if (count == 0) return;
    summary += (summary.empty() ? "" : ", ") + counted(static_cast<long long>(count), noun);
  };
  add(diff.document_types.size(), "document type");
  add(diff.rules.size(), "rule");
  add(diff.codelists.size(), "code list");
  add(diff.artefacts.size(), "artefact");
  return summary + " changed";
}

}  // namespace konform::reports
