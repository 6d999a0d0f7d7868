// The anonymous profile of ad-hoc mode (`validate --schema F.xsd … --schematron F.sch …`): the
// artefacts the command line names, as one profile without a manifest. They are the user's own
// choice, as xmllint's arguments are, so their includes and imports may lead anywhere on the
// local file system (Profile::trusts_local_files); a profile's stay inside its folder.
#pragma once

#include <filesystem>
#include <vector>

#include "validator/profile/profile.h"

namespace konform {

/// The ad-hoc profile. One schema (or none: well-formedness only) makes one document type,
/// "adhoc", that takes every input. Several schemas make one document type each, named by the
/// schema's file name (its path as given where two names clash), that takes the inputs whose root
/// element its schema declares globally; the same schema named twice counts once. Every type
/// resolves imports through `catalogs` and runs every rule set of `schematrons`. `codelists`:
/// genericode files or folders. `extra_roots` (--schema-root) only name files now that ad-hoc
/// artefacts are trusted: still accepted, so scripts that pass them keep working.
/// Throws ConfigError naming a file or folder that does not exist.
Profile adhoc_profile(const std::vector<std::filesystem::path>& schemas,
                      const std::vector<std::filesystem::path>& catalogs,
                      const std::vector<std::filesystem::path>& extra_roots,
                      const std::vector<std::filesystem::path>& codelists = {},
                      const std::vector<std::filesystem::path>& schematrons = {});

}  // namespace konform
