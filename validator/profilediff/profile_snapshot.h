// What `konform profile diff` compares, taken from one resolved and compiled chain: plain values
// keyed by the identities a diff matches on (document type id, rule id, code list URI, artefact
// path), so the diff itself never sees profiles, schemas or parsers.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/profile/profile.h"

namespace konform::profilediff {

/// The properties of a document type or rule, by name, in the order they are shown.
using Fields = std::vector<std::pair<std::string, std::string>>;

struct CodeListSnapshot {
  std::string version;
  std::set<std::string> codes;  ///< the values of the list's code column
};

struct ArtefactSnapshot {
  std::string kind;  ///< manifest | schema | schematron | catalog | codelist | other
  std::string sha256;
};

struct ProfileSnapshot {
  std::string id;  ///< the selected profile (the chain's last)
  std::string version;
  std::string sha256;
  std::map<std::string, Fields> document_types;  ///< by id, every profile of the chain
  /// By rule id: every rule the chain can report or has switched off. Fields: severity (or
  /// "off"), origin, context, test, message, message-de (empty where a rule has none).
  std::map<std::string, Fields> rules;
  /// By canonical URI. Where the chain carries several versions of one list, the last in the
  /// store's order (by version text) stands for it.
  std::map<std::string, CodeListSnapshot> codelists;
  /// By (profile id, path relative to its folder).
  std::map<std::pair<std::string, std::string>, ArtefactSnapshot> artefacts;
};

/// REQUIRES: `compiled` was compiled from `chain` (parents first, not empty).
ProfileSnapshot snapshot_of(const std::vector<Profile>& chain, const CompiledProfile& compiled);

}  // namespace konform::profilediff
