#include "validator/check/input_set_documents.h"

#include <cctype>

#include "validator/schematron/instance_loader.h"

namespace konform {
namespace {

namespace fs = std::filesystem;

fs::path normal_absolute(const fs::path& file) { return fs::absolute(file).lexically_normal(); }

/// Whether a URI reference is absolute (http:, file:, urn:): a scheme before any / ? or #.
bool has_scheme(std::string_view uri) {
  const auto colon = uri.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  return uri.substr(0, colon).find_first_of("/?#") == std::string_view::npos;
}

/// A URI reference's path with its %XX escapes decoded (schemaLocation="Meine%20Typen.xsd").
std::string percent_decoded(std::string_view uri) {
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(uri.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

xpath::DocumentSource::Refusal not_in_set(std::string_view why_en, std::string_view why_de) {
  return {std::string(why_en) +
              "; doc() reads only the documents of this run's input set, by a reference relative "
              "to the current document",
          std::string(why_de) +
              "; doc() liest nur die Dokumente dieses Laufs, über einen Verweis relativ zum "
              "aktuellen Dokument"};
}

}  // namespace

InputSet::InputSet(const std::vector<InputSource>& inputs) {
  for (const InputSource& input : inputs) {
    if (input.file.empty()) continue;  // standard input has no place to resolve from
    const fs::path file = normal_absolute(input.file);
    by_file_.emplace(file, input);
    file_by_name_.emplace(input.display_path, file);
  }
}

const InputSource* InputSet::resolve(std::string_view uri, std::string_view base,
                                     xpath::DocumentSource::Refusal& refusal) const {
  if (has_scheme(uri)) {
    refusal =
        not_in_set("a URI with a scheme is never read", "ein URI mit Schema wird nie gelesen");
    return nullptr;
  }
  const std::string path = percent_decoded(uri);
  if (path.empty() || path.front() == '/' || path.find_first_of("?#") != std::string::npos) {
    refusal = not_in_set("only a relative path names a document of the run",
                         "nur ein relativer Pfad benennt ein Dokument des Laufs");
    return nullptr;
  }
  const auto base_file = file_by_name_.find(base);
  if (base_file == file_by_name_.end()) {
    refusal = not_in_set("the current document is not a file of the run",
                         "das aktuelle Dokument ist keine Datei des Laufs");
    return nullptr;
  }
  const fs::path target = (base_file->second.parent_path() / path).lexically_normal();
  const auto found = by_file_.find(target);
  if (found == by_file_.end()) {
    refusal = not_in_set("it is not a document of this run's input set",
                         "es ist kein Dokument dieses Laufs");
    return nullptr;
  }
  return &found->second;
}

const InputSetDocuments::Loaded& InputSetDocuments::load(const InputSource& input) {
  auto [slot, first] = loaded_.try_emplace(input.display_path);
  Loaded& loaded = slot->second;
  if (!first) return loaded;
  InputBytes bytes = read_input(input, max_input_bytes_);
  std::vector<Finding> findings;
  if (bytes.error || bytes.too_large) {
    const std::string reason = bytes.error ? " (" + *bytes.error + ")" : " (too large)";
    loaded.failure = {"'" + input.display_path + "' could not be read" + reason,
                      "'" + input.display_path + "' konnte nicht gelesen werden" + reason};
  } else {
    loaded.document = schematron::load_instance(bytes.bytes.view(), input.display_path, findings);
    if (!loaded.document) {
      const std::string reason = findings.empty() ? "" : " (" + findings.front().message + ")";
      loaded.failure = {"'" + input.display_path + "' is not well-formed XML" + reason,
                        "'" + input.display_path + "' ist kein wohlgeformtes XML" + reason};
    }
  }
  return loaded;
}

const xdm::Document* InputSetDocuments::find(std::string_view uri, std::string_view base_uri,
                                             Refusal& refusal) {
  const InputSource* input = set_.resolve(uri, base_uri.empty() ? current_ : base_uri, refusal);
  if (input == nullptr) return nullptr;
  const Loaded& loaded = load(*input);
  if (!loaded.document) refusal = loaded.failure;
  return loaded.document.get();
}

bool InputSetDocuments::all(std::vector<const xdm::Document*>& documents, Refusal& refusal) {
  for (const auto& [file, input] : set_.inputs()) {
    const Loaded& loaded = load(input);
    if (!loaded.document) {
      refusal = loaded.failure;
      return false;
    }
    documents.push_back(loaded.document.get());
  }
  return true;
}

}  // namespace konform
