#include "validator/registry/registry_index.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

#include "validator/core/config_error.h"

namespace konform::registry {
namespace {

using Json = nlohmann::json;
constexpr const char* kFormat = "konform-registry-1";

ConfigError bad_index(const net::Url& url, const std::string& en, const std::string& de) {
  return ConfigError("not a konform registry index: " + en, url.text)
      .with_german("kein Index einer konform-Registry: " + de);
}

std::string text_field(const Json& object, const char* name, const net::Url& url,
                       const std::string& where) {
  const auto found = object.find(name);
  if (found == object.end() || !found->is_string() || found->get<std::string>().empty()) {
    throw bad_index(url, where + " lacks the text field \"" + name + "\"",
                    where + " fehlt das Textfeld \"" + name + "\"");
  }
  return found->get<std::string>();
}

/// `reference` resolved against the index, which must stay on its origin.
net::Url on_origin(const net::Url& url, const std::string& reference, const std::string& where) {
  net::Url resolved = net::resolve_url(url, reference);
  if (resolved.origin() != url.origin()) {
    throw ConfigError("refused: the index points outside its host: " + where + " is " +
                          resolved.text + ", not on " + url.origin(),
                      url.text)
        .with_german("abgelehnt: der Index verweist aus seinem Host hinaus: " + where + " ist " +
                     resolved.text + ", nicht auf " + url.origin());
  }
  return resolved;
}

RegistryRelease release_of(const std::string& id, const Json& entry, const net::Url& url) {
  const std::string where = "release of " + id;
  if (!entry.is_object()) throw bad_index(url, where + " is no object", where + " ist kein Objekt");
  RegistryRelease release;
  release.id = id;
  release.version = text_field(entry, "version", url, where);
  const std::string at = id + " " + release.version;
  if (!SemanticVersion::parse(release.version)) {
    throw bad_index(url, at + ": the version is no semantic version",
                    at + ": die Version ist keine semantische Version");
  }
  release.sha256 = text_field(entry, "sha256", url, at);
  static const std::regex hex("[0-9a-f]{64}");
  if (!std::regex_match(release.sha256, hex)) {
    throw bad_index(url, at + ": sha256 is not 64 lower-case hex digits",
                    at + ": sha256 sind nicht 64 kleine Hexziffern");
  }
  release.bundle = on_origin(url, text_field(entry, "bundle", url, at), "the bundle of " + at);
  release.signature =
      on_origin(url, text_field(entry, "signature", url, at), "the signature of " + at);
  return release;
}

}  // namespace

net::Url index_url(const std::string& registry) {
  if (registry.ends_with(".json")) return net::parse_url(registry);
  return net::parse_url(registry.ends_with("/") ? registry + "index.json"
                                                : registry + "/index.json");
}

RegistryIndex parse_index(const std::string& bytes, const net::Url& url) {
  const Json json = Json::parse(bytes, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    throw bad_index(url, "not a JSON object", "kein JSON-Objekt");
  }
  if (json.value("format", "") != kFormat) {
    throw bad_index(url, std::string("\"format\" is not \"") + kFormat + "\"",
                    std::string("\"format\" ist nicht \"") + kFormat + "\"");
  }
  const auto profiles = json.find("profiles");
  if (profiles == json.end() || !profiles->is_array()) {
    throw bad_index(url, "\"profiles\" is not a list", "\"profiles\" ist keine Liste");
  }
  RegistryIndex index{url, {}};
  for (const Json& profile : *profiles) {
    if (!profile.is_object()) {
      throw bad_index(url, "a profile entry is no object", "ein Profileintrag ist kein Objekt");
    }
    const std::string id = text_field(profile, "id", url, "a profile entry");
    const auto releases = profile.find("releases");
    if (releases == profile.end() || !releases->is_array()) {
      throw bad_index(url, id + ": \"releases\" is not a list",
                      id + ": \"releases\" ist keine Liste");
    }
    for (const Json& entry : *releases) index.releases.push_back(release_of(id, entry, url));
  }
  std::sort(index.releases.begin(), index.releases.end(), [](const auto& a, const auto& b) {
    if (a.id != b.id) return a.id < b.id;
    return *SemanticVersion::parse(b.version) < *SemanticVersion::parse(a.version);
  });
  return index;
}

RegistryIndex fetch_index(const std::string& registry, const net::FetchOptions& options) {
  const net::Url url = index_url(registry);
  return parse_index(net::fetch(url, options).bytes, url);
}

Wanted parse_wanted(const std::string& spec, const std::string& default_range) {
  const auto at = spec.find('@');
  const std::string range_text = at == std::string::npos ? default_range : spec.substr(at + 1);
  auto range = VersionRange::parse(range_text);
  if (!range) {
    throw ConfigError("'" + range_text + "' is no version range (2.1.0, ^2.1, ~2.1, >=2.0 <3, *)",
                      spec)
        .with_german("'" + range_text +
                     "' ist kein Versionsbereich (2.1.0, ^2.1, ~2.1, >=2.0 <3, *)");
  }
  return {spec.substr(0, at), std::move(*range)};
}

std::vector<RegistryRelease> releases_in(const RegistryIndex& index, const std::string& id,
                                         const VersionRange& range) {
  std::vector<RegistryRelease> found;
  for (const auto& release : index.releases) {
    if (release.id == id && range.contains(*SemanticVersion::parse(release.version))) {
      found.push_back(release);
    }
  }
  return found;
}

}  // namespace konform::registry
