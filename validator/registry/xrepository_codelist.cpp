#include "validator/registry/xrepository_codelist.h"

#include <pugixml.hpp>

#include <cctype>
#include <fstream>
#include <sstream>

#include "validator/codelist/genericode_reader.h"
#include "validator/core/atomic_file.h"
#include "validator/core/config_error.h"
#include "validator/core/sha256.h"
#include "validator/registry/code_list_record.h"

namespace konform::registry {
namespace fs = std::filesystem;
namespace {

std::string base_of(const std::string& base_url) {
  return base_url.ends_with("/") ? base_url.substr(0, base_url.size() - 1) : base_url;
}

/// dat:VersionCodeliste/dat:version of a gueltigeVersion answer.
std::string current_version(const std::string& kennung, const std::string& base_url,
                            const net::FetchOptions& options) {
  const net::Url url =
      net::parse_url(base_of(base_url) + "/api/codeliste/" + kennung + "/gueltigeVersion");
  const std::string answer = net::fetch(url, options).bytes;
  pugi::xml_document document;
  // pugixml expands no entities and loads no DTD: the answer is data, nothing more.
  if (!document.load_buffer(answer.data(), answer.size(), pugi::parse_default)) {
    throw ConfigError("the current version's answer is not XML", url.text)
        .with_german("die Antwort zur aktuellen Version ist kein XML");
  }
  const pugi::xml_node root = document.document_element();
  const auto in_namespace = [](const pugi::xml_node& node, const char* local) {
    const std::string name = node.name();
    const auto colon = name.find(':');
    const std::string prefix = colon == std::string::npos ? "" : name.substr(0, colon);
    const std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
    std::string ns;
    for (pugi::xml_node at = node; at && ns.empty(); at = at.parent()) {
      ns = at.attribute(attribute.c_str()).value();
    }
    return ns == kDatenbereitstellung &&
           name.substr(colon == std::string::npos ? 0 : colon + 1) == local;
  };
  if (in_namespace(root, "VersionCodeliste")) {
    for (const pugi::xml_node child : root.children()) {
      if (in_namespace(child, "version") && child.text().get()[0] != '\0') {
        return child.text().get();
      }
    }
  }
  throw ConfigError(std::string("the answer has no dat:VersionCodeliste/dat:version (namespace ") +
                        kDatenbereitstellung + ")",
                    url.text)
      .with_german(std::string("die Antwort hat kein dat:VersionCodeliste/dat:version "
                               "(Namensraum ") +
                   kDatenbereitstellung + ")");
}

/// Kennung and version become a URL path step and a file name: letters, digits, ':', '.', '_'
/// and '-' only.
void check_url_safe(const std::string& name, const std::string& base_url) {
  for (const char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != ':' && c != '.' && c != '_' &&
        c != '-') {
      throw ConfigError("refused: '" + name +
                            "' cannot name a code list (letters, digits, ':', "
                            "'.', '_' and '-' only)",
                        base_url)
          .with_german("abgelehnt: '" + name +
                       "' taugt nicht als Name einer Codeliste (nur "
                       "Buchstaben, Ziffern, ':', '.', '_' und '-')");
    }
  }
}

std::string file_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

/// The genericode file for `fetched`'s list and version, refused when it names another.
std::string checked_genericode(const net::Url& url, const FetchedCodeList& fetched,
                               const net::FetchOptions& options) {
  std::string text = net::fetch(url, options).bytes;
  const auto list = codelist::parse_genericode(text, url.text);
  const auto& identification = list.identification();
  if (identification.canonical_uri != fetched.kennung ||
      identification.version != fetched.version) {
    const std::string name = fetched.kennung + "_" + fetched.version;
    throw ConfigError("refused: asked for " + name + ", the server sent " +
                          identification.canonical_uri + " version " + identification.version,
                      url.text)
        .with_german("abgelehnt: " + name + " angefragt, der Server schickte " +
                     identification.canonical_uri + " Version " + identification.version);
  }
  return text;
}

/// Says why the copy in the folder is set aside: the record lacks it (`recorded` null), or its
/// bytes are no longer the ones recorded.
void distrust_copy(FetchedCodeList& fetched, const std::string& found,
                   const CodeListRecordEntry* recorded) {
  if (!recorded) {
    fetched.refetched_because = std::string("the copy in the folder is not in ") +
                                kCodeListRecordName + ", so nothing vouches for it";
    fetched.refetched_because_de = std::string("die Kopie im Ordner steht nicht in ") +
                                   kCodeListRecordName + ", nichts verbürgt sie";
    return;
  }
  fetched.refetched_because = "the copy in the folder has sha256 " + found + ", not the " +
                              recorded->sha256 + " recorded when it was fetched on " +
                              recorded->fetched_at + " (edited or tampered with)";
  fetched.refetched_because_de = "die Kopie im Ordner hat sha256 " + found + ", nicht das " +
                                 recorded->sha256 + ", das beim Abruf am " + recorded->fetched_at +
                                 " verzeichnet wurde (bearbeitet oder manipuliert)";
}

}  // namespace

CodeListReference parse_code_list_reference(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon != std::string::npos && colon + 1 < text.size() &&
      std::isdigit(static_cast<unsigned char>(text[colon + 1]))) {
    return {text.substr(0, colon), text.substr(colon + 1)};
  }
  return {text, ""};
}

FetchedCodeList fetch_code_list(const CodeListReference& reference, const fs::path& into,
                                const std::string& base_url, const net::FetchOptions& options) {
  FetchedCodeList fetched{reference.kennung, reference.version, {}, {}, false, {}, {}};
  if (fetched.version.empty())
    fetched.version = current_version(reference.kennung, base_url, options);
  check_url_safe(fetched.kennung + "_" + fetched.version, base_url);
  const std::string name = fetched.kennung + "_" + fetched.version;
  const std::string file_name = name + ".xml";
  fetched.file = into / file_name;
  CodeListRecord record = read_code_list_record(into);
  std::error_code error;
  if (fs::is_regular_file(fetched.file, error)) {
    const std::string found = sha256_hex(file_text(fetched.file));
    const auto recorded = record.find(file_name);
    if (recorded != record.end() && recorded->second.sha256 == found) {
      fetched.was_there = true;
      fetched.sha256 = found;
      return fetched;
    }
    distrust_copy(fetched, found, recorded == record.end() ? nullptr : &recorded->second);
  }
  const net::Url url =
      net::parse_url(base_of(base_url) + "/api/version_codeliste/" + name + "/genericode");
  std::string text;
  try {
    text = checked_genericode(url, fetched, options);
  } catch (const ConfigError& e) {
    if (fetched.refetched_because.empty()) throw;
    // The copy set aside must stay visible in the error, since the run ends here.
    const std::string german = e.message_de().empty() ? e.what() : e.message_de();
    throw ConfigError(
        std::string(e.what()) + " (fetching it again because " + fetched.refetched_because + ")",
        e.file(), e.line(), e.column())
        .with_german(german + " (erneuter Abruf, weil " + fetched.refetched_because_de + ")");
  }
  fs::create_directories(into, error);
  write_file_atomically(fetched.file, text);
  fetched.sha256 = sha256_hex(text);
  record[file_name] = {fetched.sha256, url.text, utc_now_iso8601()};
  write_code_list_record(into, record);
  return fetched;
}

std::vector<FetchedCodeList> fetch_missing_code_lists(
    const std::vector<MissingCodeListUse>& missing, const fs::path& into,
    const std::string& base_url, const net::FetchOptions& options) {
  std::vector<FetchedCodeList> fetched;
  for (const auto& list : missing) {
    fetched.push_back(fetch_code_list({list.list_uri, list.list_version}, into, base_url, options));
  }
  return fetched;
}

}  // namespace konform::registry
