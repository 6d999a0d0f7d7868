// The smallest valid profile manifest the resolver tests write: id, version, level "other", and
// whatever body or extra root attributes a case needs.
#pragma once

#include <filesystem>
#include <string>

#include "tests/unit/xml/test_files.h"

namespace konform::test {

inline void write_profile(const std::filesystem::path& dir, const std::string& id,
                          const std::string& version, const std::string& body = "",
                          const std::string& attributes = "") {
  write_file(dir / "profile.xml", "<profile xmlns='urn:konform:profile:1' id='" + id +
                                      "' version='" + version + "' level='other'" + attributes +
                                      "><title>T</title><publisher>P</publisher>" + body +
                                      "</profile>");
}

}  // namespace konform::test
