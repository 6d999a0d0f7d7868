#include "validator/bundle/pack_bundle.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include "validator/core/archive_entry_name.h"
#include "validator/core/config_error.h"
#include "validator/core/sha256.h"
#include "validator/profile/artefact_hash.h"
#include "validator/profile/manifest_loader.h"

namespace konform::bundle {
namespace fs = std::filesystem;

namespace {

using Writer = std::unique_ptr<archive, decltype(&archive_write_free)>;

/// What every entry carries instead of the file system's: packing on another day, as another
/// user or with another umask gives the same bytes.
constexpr la_int64_t kFixedMtime = 0;
constexpr int kFileMode = 0644;

[[noreturn]] void refuse(const fs::path& file, const std::string& why, const std::string& why_de) {
  throw ConfigError("cannot pack: " + why, file.string())
      .with_german("Packen nicht möglich: " + why_de);
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) refuse(file, "the file cannot be read", "die Datei lässt sich nicht lesen");
  return bytes.str();
}

/// The profile's files, relative and sorted; refuses what a bundle cannot carry.
std::vector<std::string> profile_files(const fs::path& dir) {
  std::vector<std::string> names;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
       ++it) {
    const auto status = it->symlink_status();
    if (fs::is_directory(status)) continue;
    if (fs::is_symlink(status)) refuse(it->path(), "a link", "eine Verknüpfung");
    if (!fs::is_regular_file(status)) {
      refuse(it->path(), "neither a file nor a folder", "weder Datei noch Ordner");
    }
    const std::string name = it->path().lexically_relative(dir).generic_string();
    if (const auto refusal = check_entry_name(name)) {
      refuse(it->path(), refusal.why, refusal.why_de);
    }
    if (name == kBundleManifestName) {
      refuse(it->path(), std::string("the name ") + kBundleManifestName + " is the bundle's own",
             std::string("der Name ") + kBundleManifestName + " gehört dem Bündel selbst");
    }
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

void write_entry(archive* writer, const fs::path& bundle, const std::string& name,
                 const std::string& bytes) {
  std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                      archive_entry_free);
  archive_entry_update_pathname_utf8(entry.get(), name.c_str());
  archive_entry_set_filetype(entry.get(), AE_IFREG);
  archive_entry_set_perm(entry.get(), kFileMode);
  archive_entry_set_size(entry.get(), static_cast<la_int64_t>(bytes.size()));
  archive_entry_set_mtime(entry.get(), kFixedMtime, 0);
  archive_entry_set_uid(entry.get(), 0);
  archive_entry_set_gid(entry.get(), 0);
  if (archive_write_header(writer, entry.get()) != ARCHIVE_OK ||
      archive_write_data(writer, bytes.data(), bytes.size()) !=
          static_cast<la_ssize_t>(bytes.size())) {
    refuse(bundle, "cannot write entry '" + name + "': " + archive_error_string(writer),
           "Eintrag '" + name + "' lässt sich nicht schreiben");
  }
}

}  // namespace

PackedBundle pack_profile(const fs::path& profile_dir, const fs::path& into) {
  const Profile profile = load_profile(profile_dir);  // a ConfigError where there is no profile
  const fs::path dir = fs::canonical(profile_dir);
  fs::create_directories(into);
  const fs::path out_dir = fs::canonical(into);
  const auto inside = out_dir.lexically_relative(dir);
  if (!inside.empty() && *inside.begin() != "..") {
    refuse(out_dir, "the bundle would land inside the profile folder it packs (--into elsewhere)",
           "das Bündel läge im Profilordner, den es packt (--into anderswo)");
  }
  PackedBundle packed;
  packed.manifest.id = profile.id;
  packed.manifest.version = profile.version;
  std::vector<std::string> contents;
  for (const auto& name : profile_files(dir)) {
    contents.push_back(read_file(dir / name));
    packed.manifest.files.push_back({name, contents.back().size(), sha256_hex(contents.back())});
  }
  packed.file = out_dir / bundle_file_name(packed.manifest);
  const fs::path partial = packed.file.string() + ".partial";
  {
    Writer writer(archive_write_new(), archive_write_free);
    // pax only where ustar cannot say it (long or non-ASCII names); gzip without its timestamp.
    archive_write_set_format_pax_restricted(writer.get());
    archive_write_add_filter_gzip(writer.get());
    if (archive_write_set_options(writer.get(), "gzip:!timestamp") != ARCHIVE_OK ||
        archive_write_open_filename(writer.get(), partial.c_str()) != ARCHIVE_OK) {
      refuse(partial, archive_error_string(writer.get()), "das Bündel lässt sich nicht schreiben");
    }
    write_entry(writer.get(), partial, kBundleManifestName, manifest_json(packed.manifest));
    for (std::size_t i = 0; i < contents.size(); ++i) {
      write_entry(writer.get(), partial, packed.manifest.files[i].path, contents[i]);
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK) {
      refuse(partial, archive_error_string(writer.get()), "das Bündel lässt sich nicht schreiben");
    }
  }
  fs::rename(partial, packed.file);
  packed.sha256 = sha256_of_file(packed.file);
  return packed;
}

}  // namespace konform::bundle
