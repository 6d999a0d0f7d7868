#include "validator/servicedef/service_definition.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace konform::servicedef {
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxReferencedBytes = 16u * 1024u * 1024u;

/// A relative path that stays inside `folder` (also after following symlinks); else empty.
fs::path confined(const fs::path& folder, const std::string& written) {
  const fs::path relative(written);
  if (written.empty() || relative.is_absolute() || written.find(':') != std::string::npos)
    return {};
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(folder, ec);
  if (ec) return {};
  const fs::path resolved = fs::weakly_canonical(base / relative, ec);
  if (ec) return {};
  auto [end, ignored] = std::mismatch(base.begin(), base.end(), resolved.begin(), resolved.end());
  return end == base.end() ? resolved : fs::path{};
}

std::string scalar(const YamlNode* node) {
  return node != nullptr && node->kind == YamlNode::Kind::kScalar ? node->value : std::string{};
}

/// Reads the referenced publiccode.yml; problems are reported at the `publiccode:` key.
std::optional<YamlDocument> read_referenced(const fs::path& folder, const YamlEntry& entry,
                                            std::vector<YamlProblem>& problems) {
  const std::string& written = entry.value->value;
  const fs::path file = confined(folder, written);
  auto fail = [&](const std::string& en, const std::string& de) {
    problems.push_back({entry.position, "publiccode: '" + written + "' " + en,
                        "publiccode: '" + written + "' " + de});
    return std::nullopt;
  };
  if (file.empty()) {
    return fail("must be a relative path inside the service definition's folder",
                "muss ein relativer Pfad im Ordner der Leistungsbeschreibung sein");
  }
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec || !fs::is_regular_file(file, ec)) return fail("cannot be read", "ist nicht lesbar");
  if (size > kMaxReferencedBytes) return fail("is too large", "ist zu groß");
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return fail("cannot be read", "ist nicht lesbar");
  YamlDocument document = read_yaml(bytes);
  for (const auto& problem : document.problems) {
    const std::string where = written + ":" + std::to_string(problem.position.line) + ":" +
                              std::to_string(problem.position.column);
    problems.push_back({entry.position, problem.message + " (in " + where + ")",
                        problem.message_de + " (in " + where + ")"});
  }
  if (document.root && document.root->kind != YamlNode::Kind::kMap) {
    fail("is not a YAML mapping", "ist keine YAML-Abbildung");
    document.root.reset();
  }
  return document;
}

void collect_declarations(const YamlNode& root, const fs::path& folder, ServiceDefinition& out) {
  if (const YamlNode* interfaces = root.find("interfaces");
      interfaces != nullptr && interfaces->kind == YamlNode::Kind::kSequence) {
    for (const auto& item : interfaces->items) {
      if (item->kind != YamlNode::Kind::kMap) continue;
      const std::string name = scalar(item->find("standard"));
      if (name.empty()) continue;
      const YamlNode* key = item->find("standard");
      out.standards.push_back({name, scalar(item->find("version")), key->position});
    }
  }
  if (const YamlNode* samples = root.find("samples");
      samples != nullptr && samples->kind == YamlNode::Kind::kSequence) {
    for (const auto& item : samples->items) {
      if (item->kind != YamlNode::Kind::kScalar) continue;
      out.samples.push_back({item->value, confined(folder, item->value), item->position});
    }
  }
}

}  // namespace

ServiceDefinition read_service_definition(std::string_view bytes, const fs::path& file) {
  ServiceDefinition out;
  YamlDocument document = read_yaml(bytes);
  out.problems = std::move(document.problems);
  if (!document.root) return out;
  const YamlNode& root = *document.root;
  if (root.kind != YamlNode::Kind::kMap) {
    out.problems.push_back({root.position,
                            "a service definition is a YAML mapping (key: value lines)",
                            "eine Leistungsbeschreibung ist eine YAML-Abbildung "
                            "(Zeilen schlüssel: wert)"});
    return out;
  }
  const fs::path folder = file.empty() ? fs::current_path() : file.parent_path();
  // A plain publiccode.yml is read as it is; anything else is konform's own format.
  const bool publiccode_shape =
      root.find("publiccodeYmlVersion") != nullptr && root.find("konform") == nullptr;
  ReferencedPubliccode referenced;
  std::optional<YamlDocument> referenced_document;
  if (!publiccode_shape) {
    for (const auto& entry : root.entries) {
      if (entry.key == "publiccode" && entry.value->kind == YamlNode::Kind::kScalar &&
          entry.value->type == "str") {
        referenced.path = entry.value->value;
        out.publiccode_file = confined(folder, referenced.path);
        referenced_document = read_referenced(folder, entry, out.problems);
        if (referenced_document && referenced_document->root)
          referenced.root = referenced_document->root.get();
      }
    }
    collect_declarations(root, folder, out);
  }
  out.view = write_view(root, publiccode_shape, referenced, out.problems);
  return out;
}

}  // namespace konform::servicedef
