#include "validator/xml/catalog.h"

#include <libxml/catalog.h>
#include <libxml/xmlmemory.h>

#include <mutex>

#include "validator/core/config_error.h"
#include "validator/xml/xerces_platform.h"

namespace konform::xml {
namespace {

// libxml2's catalog code keeps shared state (lazy loading of nextCatalog entries).
std::mutex& catalog_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::optional<std::filesystem::path> to_local_path(const xmlChar* resolved) {
  if (resolved == nullptr) return std::nullopt;
  std::string text(reinterpret_cast<const char*>(resolved));
  xmlFree(const_cast<xmlChar*>(resolved));
  constexpr std::string_view kFileScheme = "file://";
  if (text.starts_with(kFileScheme)) text.erase(0, kFileScheme.size());
  // Anything still carrying a scheme (http:, urn:, ...) is not a local file.
  if (text.find("://") != std::string::npos) return std::nullopt;
  return std::filesystem::path(text);
}

}  // namespace

std::shared_ptr<const Catalog> Catalog::load(const std::filesystem::path& file) {
  ensure_initialized();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw ConfigError("catalog file not found", file.string());
  }
  auto absolute = std::filesystem::absolute(file).lexically_normal();
  std::lock_guard lock(catalog_mutex());
  xmlCatalogPtr handle = xmlLoadACatalog(absolute.c_str());
  if (handle == nullptr) {
    throw ConfigError("not a readable OASIS XML catalog", file.string());
  }
  return std::shared_ptr<const Catalog>(new Catalog(absolute, handle));
}

Catalog::~Catalog() { xmlFreeCatalog(static_cast<xmlCatalogPtr>(handle_)); }

std::optional<std::filesystem::path> Catalog::resolve(std::string_view reference) const {
  std::string key(reference);
  auto* handle = static_cast<xmlCatalogPtr>(handle_);
  const auto* id = reinterpret_cast<const xmlChar*>(key.c_str());
  std::lock_guard lock(catalog_mutex());
  if (auto path = to_local_path(xmlACatalogResolveURI(handle, id))) return path;
  return to_local_path(xmlACatalogResolveSystem(handle, id));
}

}  // namespace konform::xml
