#include "tests/support/test_archives.h"

#include <archive.h>
#include <archive_entry.h>
#include <boost/test/unit_test.hpp>

namespace konform::test {

void write_archive(const std::filesystem::path& file, ArchiveKind kind,
                   const std::vector<ArchiveEntry>& entries) {
  archive* writer = archive_write_new();
  if (kind == ArchiveKind::zip) {
    archive_write_set_format_zip(writer);
  } else {
    archive_write_set_format_pax_restricted(writer);
    archive_write_add_filter_gzip(writer);
  }
  BOOST_REQUIRE(archive_write_open_filename(writer, file.c_str()) == ARCHIVE_OK);
  for (const auto& e : entries) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, e.name.c_str());
    if (!e.link_to.empty()) {
      archive_entry_set_filetype(entry, AE_IFLNK);
      archive_entry_set_symlink(entry, e.link_to.c_str());
    } else {
      archive_entry_set_filetype(entry, AE_IFREG);
      archive_entry_set_size(entry, static_cast<la_int64_t>(e.text.size()));
    }
    archive_entry_set_perm(entry, 0644);
    archive_write_header(writer, entry);
    if (e.link_to.empty()) archive_write_data(writer, e.text.data(), e.text.size());
    archive_entry_free(entry);
  }
  archive_write_close(writer);
  archive_write_free(writer);
}

}  // namespace konform::test
