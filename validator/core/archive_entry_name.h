// The names an archive entry may carry: relative paths below the folder it is unpacked into, in
// generic form. One check for every archive konform reads or writes (profile bundles when packing
// and reading, XÖV release zips, the service's candidate zips), so no entry can name a place
// outside that folder.
#pragma once

#include <string>

namespace konform {

/// Why `name` cannot be an archive entry (English and German), or empty strings when it can: not
/// empty, not absolute, no drive letter, no backslash, no "." or ".." step, no empty step.
struct EntryRefusal {
  std::string why;
  std::string why_de;
  explicit operator bool() const { return !why.empty(); }
};
EntryRefusal check_entry_name(const std::string& name);

}  // namespace konform
