#include "validator/importer/xoev/xoev_import.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "validator/compile/compiled_profile.h"
#include "validator/compile/missing_code_lists.h"
#include "validator/core/config_error.h"
#include "validator/core/scratch_folder.h"
#include "validator/importer/xoev/messages.h"
#include "validator/importer/xoev/profile_writer.h"
#include "validator/importer/xoev/release_artefacts.h"
#include "validator/importer/xoev/zip_release.h"
#include "validator/profile/manifest_loader.h"
#include "validator/profile/version.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

std::string describe_unresolved(const std::vector<UnresolvedSchema>& unresolved) {
  std::string text = std::to_string(unresolved.size()) +
                     " schema reference(s) could not be resolved; add the folder that holds "
                     "each with --with DIR:";
  for (const auto& u : unresolved) {
    text += "\n  " + u.referenced_by.string() + ":" + std::to_string(u.line) + ": " + u.location +
            (u.namespace_uri.empty() ? "" : " (namespace " + u.namespace_uri + ")") + ": " +
            u.reason;
  }
  return text;
}

std::string default_id(const fs::path& source) {
  std::string id;
  for (const char c : source.filename().string()) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isalnum(static_cast<unsigned char>(lower))) {
      id += lower;
    } else if (!id.empty() && id.back() != '-' && id.back() != '.') {
      id += c == '.' ? '.' : '-';
    }
  }
  while (!id.empty() && (id.back() == '-' || id.back() == '.')) id.pop_back();
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id.front()))) id = "imported." + id;
  return id;
}

/// "1.2" becomes "1.2.0"; anything not a version gives 1.0.0.
std::string default_version(const std::vector<fs::path>& entries, const SchemaClosure& closure) {
  for (const auto& entry : entries) {
    std::string version = closure.scanned.at(entry).version;
    if (std::count(version.begin(), version.end(), '.') == 1) version += ".0";
    if (SemanticVersion::parse(version)) return version;
  }
  return "1.0.0";
}

void copy_into(const fs::path& source, const fs::path& target) {
  fs::create_directories(target.parent_path());
  fs::copy_file(source, target, fs::copy_options::overwrite_existing);
}

[[noreturn]] void refuse_inside(const fs::path& into, const fs::path& source) {
  throw ConfigError("the profile folder to write lies inside " + source.string() +
                        ", which the import reads; choose one outside it",
                    into.string())
      .with_german("der zu schreibende Profilordner liegt in " + source.string() +
                   ", das der Import liest; bitte einen Ordner außerhalb wählen");
}

void require_empty_target(const fs::path& into) {
  if (!fs::exists(into)) return;
  if (!fs::is_directory(into) || !fs::is_empty(into)) {
    throw ConfigError("the profile folder to write exists and is not empty; choose a new one",
                      into.string())
        .with_german(
            "der zu schreibende Profilordner existiert und ist nicht leer; bitte einen "
            "neuen wählen");
  }
}

/// Lists the --with folders' genericode lists the compiled schemas fix and the release lacks.
/// Whether `list` is a list the chain needs for `use` (missing_code_lists' rule: a fixed version
/// must match, an unfixed one is met by any version).
bool satisfies(const FoundCodeList& list, const MissingCodeListUse& use) {
  return use.list_uri == list.uri && (use.list_version.empty() || use.list_version == list.version);
}

std::vector<FoundCodeList> wanted_from_with(const std::vector<MissingCodeListUse>& missing,
                                            const std::vector<fs::path>& with) {
  std::vector<FoundCodeList> out;
  if (missing.empty()) return out;
  for (const auto& dir : with) {
    for (auto& list : find_code_lists(dir)) {
      for (const auto& use : missing) {
        if (satisfies(list, use)) {
          out.push_back(list);
          break;
        }
      }
    }
  }
  return out;
}

class Importer {
 public:
  explicit Importer(const XoevImportOptions& options) : options_(options) {}

  /// `name` stands for the release in the default id and the title (the folder's or zip's name).
  XoevImportReport run(const fs::path& release, const fs::path& name) {
    std::vector<SourceRoot> roots{{release, "release"}};
    for (std::size_t i = 0; i < options_.with.size(); ++i) {
      const fs::path dir = fs::canonical(options_.with[i]);
      roots.push_back(
          {dir, fs::path("lib") / (std::to_string(i + 1) + "-" + dir.filename().string())});
    }
    const SchemaClosure closure = close_schemas(files_inside(release, ".xsd"), roots);
    if (!closure.unresolved.empty()) {
      throw ConfigError(describe_unresolved(closure.unresolved), options_.source.string())
          .with_german(std::to_string(closure.unresolved.size()) +
                       " Schema-Verweis(e) ließen sich nicht auflösen; den Ordner mit der Kopie "
                       "mit --with DIR angeben (Liste siehe englische Meldung)");
    }
    report_.profile_dir = options_.into;
    report_.catalog = closure.catalog;
    report_.schemas_copied = closure.targets.size();
    bind_messages(closure, release);
    bind_schematrons(release);
    report_.id = options_.id.empty() ? default_id(name) : options_.id;

    fs::create_directories(options_.into);
    for (const auto& [source, target] : closure.targets) copy_into(source, options_.into / target);
    for (const auto& list : find_code_lists(release)) add_code_list(list, false);
    const std::string title = name.filename().string();
    write_catalog(report_);
    write_manifest(report_, title);

    // The schemas fix lists the release may lack: take those from --with folders, list the rest.
    auto missing = missing_code_lists(compile_profiles({load_profile(options_.into)}));
    const auto extra = wanted_from_with(missing, options_.with);
    if (!extra.empty()) {
      for (const auto& list : extra) add_code_list(list, true);
      write_manifest(report_, title);
      // The schemas are unchanged, so what is still missing follows from the lists just added;
      // compiling the profile again would only repeat the schema work.
      std::erase_if(missing, [&](const MissingCodeListUse& use) {
        return std::any_of(extra.begin(), extra.end(),
                           [&](const FoundCodeList& list) { return satisfies(list, use); });
      });
    }
    for (auto& use : missing) {
      report_.missing_codelists.push_back({use.list_uri, use.list_version, use.elements});
    }
    return std::move(report_);
  }

 private:
  void bind_messages(const SchemaClosure& closure, const fs::path& release) {
    const MessageSet found = find_messages(closure, release);
    report_.message_rule = found.rule;
    report_.version =
        options_.version.empty() ? default_version(found.entry_points, closure) : options_.version;
    for (const auto& message : found.messages) {
      report_.document_types.push_back({message.id,
                                        message.namespace_uri,
                                        message.local_name,
                                        closure.targets.at(message.entry_schema),
                                        {}});
    }
  }

  void bind_schematrons(const fs::path& release) {
    for (const auto& file : find_schematrons(release)) {
      const auto namespaces = schematron_namespaces(file);
      const fs::path target = fs::path("release") / file.lexically_relative(release);
      bool bound = false;
      for (auto& type : report_.document_types) {
        // A rule set that declares no namespace names elements of any: it applies to all.
        if (!namespaces.empty() && !namespaces.count(type.namespace_uri)) continue;
        type.schematrons.push_back(target);
        bound = true;
      }
      if (bound) {
        schematrons_.emplace_back(file, target);
      } else {
        report_.unbound_schematrons.push_back(file);
      }
    }
    fs::create_directories(options_.into);
    for (const auto& [source, target] : schematrons_) copy_into(source, options_.into / target);
  }

  void add_code_list(const FoundCodeList& list, bool from_with) {
    // XRepository names lists "<URI>_<version>.xml"; two folders may hold the same name.
    fs::path target = fs::path("codelists") / list.file.filename();
    for (int n = 2; fs::exists(options_.into / target); ++n) {
      target = fs::path("codelists") / (list.file.stem().string() + "-" + std::to_string(n) +
                                        list.file.extension().string());
    }
    copy_into(list.file, options_.into / target);
    report_.codelists.push_back({list.uri, list.version, target, from_with});
  }

  const XoevImportOptions& options_;
  XoevImportReport report_;
  std::vector<std::pair<fs::path, fs::path>> schematrons_;
};

/// Removes the scratch folder a zip was unpacked into, however the import ends.
XoevImportReport import_folder(const XoevImportOptions& options, const fs::path& release,
                               const fs::path& name) {
  for (const auto& dir : options.with) {
    if (!fs::is_directory(dir)) {
      throw ConfigError("--with names no folder", dir.string())
          .with_german("--with nennt keinen Ordner");
    }
  }
  require_empty_target(options.into);
  // The profile would be read as part of the release (or a --with folder) it is written from.
  const fs::path into = fs::weakly_canonical(options.into);
  for (const auto& source : options.with) {
    if (lies_inside(into, fs::canonical(source))) refuse_inside(options.into, source);
  }
  if (lies_inside(into, release)) refuse_inside(options.into, release);
  const bool created = !fs::exists(options.into);
  try {
    return Importer(options).run(release, name);
  } catch (...) {
    // Nothing half-written stays behind: the folder was new or empty.
    std::error_code error;
    if (created) {
      fs::remove_all(options.into, error);
    } else {
      for (const auto& entry : fs::directory_iterator(options.into, error)) {
        fs::remove_all(entry.path(), error);
      }
    }
    throw;
  }
}

/// A zip holding one folder (as releases are packed) imports that folder.
fs::path release_root(const fs::path& unpacked) {
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(unpacked)) entries.push_back(entry.path());
  return entries.size() == 1 && fs::is_directory(entries.front()) ? entries.front() : unpacked;
}

}  // namespace

XoevImportReport import_xoev_release(const XoevImportOptions& options) {
  std::error_code error;
  if (fs::is_regular_file(options.source) && options.source.extension() == ".zip") {
    require_empty_target(options.into);
    const ScratchFolder scratch("konform-import-");
    unpack_release_zip(options.source, scratch.path());
    const fs::path root = release_root(fs::canonical(scratch.path()));
    return import_folder(options, root,
                         root == fs::canonical(scratch.path()) ? options.source.stem() : root);
  }
  const fs::path release = fs::canonical(options.source, error);
  if (error || !fs::is_directory(release)) {
    throw ConfigError("the release must be a folder or a .zip of the published standard",
                      options.source.string())
        .with_german(
            "die Veröffentlichung muss ein Ordner oder eine .zip-Datei des "
            "veröffentlichten Standards sein");
  }
  return import_folder(options, release, release);
}

}  // namespace konform::importer::xoev
