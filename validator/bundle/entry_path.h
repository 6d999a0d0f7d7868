// The names a bundle may carry: relative paths below the profile folder, in generic form. Checked
// when packing (what a folder holds) and when reading (what an archive claims), so no entry can
// name a place outside the folder it is unpacked into.
#pragma once

#include <string>

namespace konform::bundle {

/// Why `name` cannot be a bundle entry (English and German), or empty strings when it can: not
/// empty, not absolute, no drive letter, no backslash, no "." or ".." step, no empty step.
struct EntryRefusal {
  std::string why;
  std::string why_de;
  explicit operator bool() const { return !why.empty(); }
};
EntryRefusal check_entry_name(const std::string& name);

}  // namespace konform::bundle
