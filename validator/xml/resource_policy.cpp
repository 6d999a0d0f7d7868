#include "validator/xml/resource_policy.h"

#include <algorithm>
#include <cctype>

namespace konform::xml {
namespace fs = std::filesystem;

namespace {

// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
std::string_view scheme_of(std::string_view reference) {
  auto colon = reference.find(':');
  if (colon == std::string_view::npos || colon < 2) return {};  // "C:" would be a drive letter
  if (!std::isalpha(static_cast<unsigned char>(reference[0]))) return {};
  for (std::size_t i = 1; i < colon; ++i) {
    auto c = static_cast<unsigned char>(reference[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return {};
  }
  return reference.substr(0, colon);
}

fs::path strip_file_scheme(std::string_view reference) {
  constexpr std::string_view kFile = "file://";
  if (reference.starts_with(kFile)) return fs::path(reference.substr(kFile.size()));
  if (reference.starts_with("file:")) return fs::path(reference.substr(5));
  return fs::path(reference);
}

}  // namespace

bool has_non_file_scheme(std::string_view reference) {
  auto scheme = scheme_of(reference);
  return !scheme.empty() && scheme != "file";
}

ResourcePolicy::ResourcePolicy(std::vector<fs::path> roots,
                               std::vector<std::shared_ptr<const Catalog>> catalogs, Reach reach)
    : catalogs_(std::move(catalogs)), reach_(reach) {
  for (auto& root : roots) {
    std::error_code ec;
    auto canonical = fs::canonical(root, ec);
    if (!ec) roots_.push_back(canonical);
  }
}

bool ResourcePolicy::is_inside_roots(const fs::path& canonical_path) const {
  return std::any_of(roots_.begin(), roots_.end(), [&](const fs::path& root) {
    auto [root_end, path_it] =
        std::mismatch(root.begin(), root.end(), canonical_path.begin(), canonical_path.end());
    return root_end == root.end();
  });
}

std::variant<fs::path, Refusal> ResourcePolicy::confine(const fs::path& path,
                                                        std::string_view reference) const {
  std::error_code ec;
  // weakly_canonical() follows the symlinks of the part that exists, so a link pointing out of
  // the profile is caught below. Confinement is decided before existence: a profile learns
  // nothing about files outside its folder, not even whether they exist.
  auto canonical = fs::weakly_canonical(path, ec);
  if (ec) canonical = path.lexically_normal();
  if (reach_ == Reach::kInsideRoots && !is_inside_roots(canonical)) {
    return Refusal{"'" + std::string(reference) + "' resolves to " + canonical.string() +
                   ", outside the profile folder; a profile reads only files inside its own "
                   "folder: copy the file into the profile, or map the location to a copy inside "
                   "it with a catalog entry"};
  }
  if (!fs::exists(canonical, ec))
    return Refusal{"'" + std::string(reference) + "' resolves to " + path.string() +
                   ", which does not exist"};
  if (!fs::is_regular_file(canonical, ec)) {
    return Refusal{"'" + std::string(reference) + "' is not a regular file"};
  }
  return canonical;
}

std::variant<fs::path, Refusal> ResourcePolicy::resolve(std::string_view reference,
                                                        std::string_view base) const {
  if (reference.empty()) return Refusal{"empty schema location"};
  for (const auto& catalog : catalogs_) {
    if (auto mapped = catalog->resolve(reference)) return confine(*mapped, reference);
  }
  if (has_non_file_scheme(reference)) {
    return Refusal{"remote location '" + std::string(reference) +
                   "' is not mapped to a local file by the profile's catalog (konform never "
                   "accesses the network)"};
  }
  fs::path target = strip_file_scheme(reference);
  if (target.is_relative()) {
    fs::path base_path = strip_file_scheme(base);
    target = (base_path.empty() ? fs::current_path() : base_path.parent_path()) / target;
  }
  return confine(target.lexically_normal(), reference);
}

}  // namespace konform::xml
