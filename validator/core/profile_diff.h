// What changed between two versions of a profile chain, as `konform profile diff` shows it: plain
// values computed by validator/profilediff from two compiled chains and rendered by pure
// functions (reports/profile_diff_renderers.h). Every list is sorted by its key, so the same two
// profiles always give the same bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace konform {

struct ProfileDiff {
  enum class Change { kAdded, kRemoved, kChanged };

  /// The profile each side selected (the last of its chain).
  struct Side {
    std::string id;
    std::string version;
    std::string sha256;  ///< over its manifest and every artefact it names
  };

  /// One property of a document type or rule. An added item lists its values as `after` only,
  /// a removed one as `before` only, a changed one the properties that differ.
  struct Field {
    std::string
        name;  ///< e.g. "severity", "test", "message-de" (see xsd/profile-diff-1.schema.json)
    std::string before;
    std::string after;
  };

  /// A document type (by id) or a rule (by rule id).
  struct Item {
    std::string id;
    Change change = Change::kChanged;
    std::vector<Field> fields;
  };

  /// A code list by canonical URI. Codes are compared for changed lists only; an added or
  /// removed list gives its code count.
  struct CodeList {
    std::string uri;
    Change change = Change::kChanged;
    std::string version_before;
    std::string version_after;
    std::size_t codes_before = 0;
    std::size_t codes_after = 0;
    std::vector<std::string> codes_added;  ///< sorted
    std::vector<std::string> codes_removed;
  };

  /// A file a profile's hash covers, by the profile that holds it and its path in that profile.
  struct Artefact {
    std::string profile;
    std::string path;  ///< relative to the profile folder, '/'-separated
    std::string kind;  ///< manifest | schema | schematron | catalog | codelist | other
    Change change = Change::kChanged;
    std::string sha256_before;
    std::string sha256_after;
  };

  Side from;
  Side to;
  std::vector<Item> document_types;
  std::vector<Item> rules;
  std::vector<CodeList> codelists;
  std::vector<Artefact> artefacts;

  bool empty() const {
    return document_types.empty() && rules.empty() && codelists.empty() && artefacts.empty();
  }
};

/// "added", "removed", "changed": the words the JSON and every human-facing format use.
inline std::string_view to_string(ProfileDiff::Change change) {
  switch (change) {
    case ProfileDiff::Change::kAdded:
      return "added";
    case ProfileDiff::Change::kRemoved:
      return "removed";
    case ProfileDiff::Change::kChanged:
      break;
  }
  return "changed";
}

}  // namespace konform
