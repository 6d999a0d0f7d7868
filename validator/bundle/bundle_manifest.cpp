#include "validator/bundle/bundle_manifest.h"

#include <nlohmann/json.hpp>

#include <set>

#include "validator/core/archive_entry_name.h"
#include "validator/core/config_error.h"

namespace konform::bundle {

namespace {

/// The manifest format's version; a reader refuses any other.
constexpr int kManifestFormat = 1;

[[noreturn]] void refuse(const std::string& bundle, const std::string& why,
                         const std::string& why_de) {
  throw ConfigError(std::string("bundle manifest ") + kBundleManifestName + " " + why, bundle)
      .with_german(std::string("Bündel-Manifest ") + kBundleManifestName + " " + why_de);
}

bool is_sha256_hex(const std::string& text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

std::string manifest_json(const BundleManifest& manifest) {
  auto json = nlohmann::ordered_json::object();
  json["format"] = kManifestFormat;
  json["id"] = manifest.id;
  json["version"] = manifest.version;
  json["files"] = nlohmann::ordered_json::array();
  for (const auto& file : manifest.files) {
    json["files"].push_back({{"path", file.path}, {"size", file.size}, {"sha256", file.sha256}});
  }
  return json.dump(2) + "\n";
}

BundleManifest parse_manifest(const std::string& json, const std::string& bundle) {
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    refuse(bundle, "is not a JSON object", "ist kein JSON-Objekt");
  }
  if (parsed.value("format", 0) != kManifestFormat) {
    refuse(bundle, "has an unknown format (konform reads format 1)",
           "hat ein unbekanntes Format (konform liest Format 1)");
  }
  BundleManifest manifest;
  try {
    manifest.id = parsed.at("id").get<std::string>();
    manifest.version = parsed.at("version").get<std::string>();
    std::set<std::string> seen;
    for (const auto& file : parsed.at("files")) {
      BundleFile entry{file.at("path").get<std::string>(), file.at("size").get<std::uintmax_t>(),
                       file.at("sha256").get<std::string>()};
      if (const auto refusal = check_entry_name(entry.path)) {
        refuse(bundle, "names '" + entry.path + "': " + refusal.why,
               "nennt '" + entry.path + "': " + refusal.why_de);
      }
      if (!is_sha256_hex(entry.sha256)) {
        refuse(bundle, "gives '" + entry.path + "' no SHA-256 in lower-case hex",
               "gibt für '" + entry.path + "' keinen SHA-256 in Hex-Kleinbuchstaben an");
      }
      if (!seen.insert(entry.path).second || entry.path == kBundleManifestName) {
        refuse(bundle, "names '" + entry.path + "' twice", "nennt '" + entry.path + "' zweimal");
      }
      manifest.files.push_back(std::move(entry));
    }
  } catch (const nlohmann::json::exception& e) {
    refuse(bundle, std::string("lacks a field or has one of the wrong type: ") + e.what(),
           "hat ein fehlendes Feld oder eines vom falschen Typ");
  }
  if (manifest.id.empty() || manifest.version.empty() ||
      manifest.id.find_first_of("/\\ \t\n") != std::string::npos ||
      manifest.version.find_first_of("/\\ \t\n") != std::string::npos) {
    refuse(bundle, "needs an id and a version without spaces or slashes",
           "braucht eine Kennung und eine Version ohne Leer- oder Schrägstriche");
  }
  return manifest;
}

std::string bundle_file_name(const BundleManifest& manifest) {
  return manifest.id + "-" + manifest.version + kBundleExtension;
}

}  // namespace konform::bundle
