#include "validator/xml/catalog.h"

#include <libxml/catalog.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

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

constexpr const char* kCatalogNamespace = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
constexpr std::size_t kMaxChainDepth = 50;  // libxml2's MAX_CATAL_DEPTH

bool in_catalog_namespace(const xmlNode* node) {
  return node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         xmlStrEqual(node->ns->href, BAD_CAST kCatalogNamespace);
}

/// The entries whose `catalog` attribute names another catalog file (xmlParseXMLCatalogNode).
bool chains(const xmlNode* node) {
  for (const char* name : {"nextCatalog", "delegatePublic", "delegateSystem", "delegateURI"}) {
    if (xmlStrEqual(node->name, BAD_CAST name)) return true;
  }
  return false;
}

std::string owned(xmlChar* text) {
  std::string out = text == nullptr ? "" : reinterpret_cast<const char*>(text);
  xmlFree(text);
  return out;
}

class ChainWalker {
 public:
  std::vector<std::filesystem::path> files;

  void visit(const std::filesystem::path& file, std::size_t depth) {
    if (std::find(files.begin(), files.end(), file) != files.end()) return;
    files.push_back(file);
    if (depth > kMaxChainDepth) throw ConfigError("catalogs chained deeper than 50", file.string());
    // Parsed as libxml2 parses catalogs: no DTD, no entity substitution, no network.
    xmlDocPtr doc = xmlReadFile(file.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc == nullptr) throw ConfigError("not a readable OASIS XML catalog", file.string());
    std::vector<std::pair<std::filesystem::path, std::size_t>> next;
    try {
      if (const xmlNode* root = xmlDocGetRootElement(doc)) collect(doc, root->children, file, next);
    } catch (...) {
      xmlFreeDoc(doc);
      throw;
    }
    xmlFreeDoc(doc);
    for (const auto& [chained, ignored] : next) visit(chained, depth + 1);
  }

 private:
  void collect(xmlDocPtr doc, const xmlNode* node, const std::filesystem::path& file,
               std::vector<std::pair<std::filesystem::path, std::size_t>>& next) {
    for (; node != nullptr; node = node->next) {
      if (!in_catalog_namespace(node)) continue;
      if (xmlStrEqual(node->name, BAD_CAST "group")) {
        collect(doc, node->children, file, next);
        continue;
      }
      if (!chains(node)) continue;
      const std::string reference = owned(xmlGetProp(node, BAD_CAST "catalog"));
      if (reference.empty()) continue;  // libxml2 skips the entry too
      const std::string base = owned(xmlNodeGetBase(doc, node));
      xmlChar* built = xmlBuildURI(BAD_CAST reference.c_str(), BAD_CAST base.c_str());
      const auto line = static_cast<int>(xmlGetLineNo(node));
      const std::string where =
          std::string(reinterpret_cast<const char*>(node->name)) + " '" + reference + "'";
      auto local = to_local_path(built);
      if (!local) {
        throw ConfigError(where + " is not a local file (konform never accesses the network)",
                          file.string(), line);
      }
      std::error_code ec;
      auto canonical = std::filesystem::canonical(*local, ec);
      if (ec || !std::filesystem::is_regular_file(canonical, ec)) {
        throw ConfigError(where + " names " + local->string() + ", which does not exist",
                          file.string(), line);
      }
      next.emplace_back(canonical, line);
    }
  }
};

}  // namespace

std::shared_ptr<const Catalog> Catalog::load(const std::filesystem::path& file) {
  ensure_initialized();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw ConfigError("catalog file not found", file.string());
  }
  auto absolute = std::filesystem::absolute(file).lexically_normal();
  ChainWalker chain;
  chain.visit(std::filesystem::canonical(absolute, ec), 0);
  std::lock_guard lock(catalog_mutex());
  xmlCatalogPtr handle = xmlLoadACatalog(absolute.c_str());
  if (handle == nullptr) {
    throw ConfigError("not a readable OASIS XML catalog", file.string());
  }
  return std::shared_ptr<const Catalog>(new Catalog(absolute, std::move(chain.files), handle));
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
