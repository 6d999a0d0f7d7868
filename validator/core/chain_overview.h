// A resolved and compiled profile chain as `konform profile show` prints it: plain data built by
// the compile stage (validator/compile/chain_overview_builder.h) and rendered by pure functions
// (reports/chain_overview_renderers.h), which never see profiles or compilers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "validator/core/severity.h"

namespace konform {

struct ChainOverview {
  struct Artefact {
    std::string path;  ///< relative to the profile's folder
    std::string sha256;
  };
  /// One profile of the chain, parents first.
  struct Profile {
    std::string id;
    std::string version;
    std::string level;
    std::string publisher;
    std::string folder;
    std::string sha256;               ///< over the manifest and every artefact it names
    std::vector<Artefact> artefacts;  ///< every file that hash covers
  };
  struct DocumentType {
    std::string id;
    std::string match_namespace;
    std::string match_local_name;
    std::string schema;  ///< as reports show it; empty: well-formedness only
    std::size_t schematrons = 0;
    std::string profile;  ///< the profile that defines it
  };
  /// A rule as the chain leaves it.
  struct Rule {
    std::string id;
    Severity severity = Severity::kError;
    bool enabled = true;
    std::optional<Severity> binding;  ///< the lowest severity a later profile may set
    std::string declared_by;          ///< the last profile that changed it; empty: none did
    std::string reason;               ///< why it was lowered or switched off
  };

  std::vector<Profile> chain;
  std::vector<DocumentType> document_types;
  std::vector<Rule> rules;  ///< sorted by id
  std::vector<std::string> notices;
};

}  // namespace konform
