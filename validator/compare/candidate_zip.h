// A candidate uploaded as a zip of its product folder (the service's `POST /v1/compare`):
// unpacked, confined and bounded (core/zip_unpack.h), into a folder the caller owns, then
// discovered as `konform compare` discovers a folder, but named by the upload: no temporary path
// shows in the matrix.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "validator/compare/candidate_source.h"
#include "validator/core/zip_unpack.h"

namespace konform::compare {

/// Unpacks `zip` into `folder`/`name` and discovers it as the candidate `name`, its inputs
/// named `name/...`. Throws ConfigError naming the candidate: a name that is no plain folder
/// name, a refused or damaged zip, limits exceeded, no service definition inside.
CandidateSource candidate_from_zip(const std::string& name, std::string_view zip,
                                   const std::filesystem::path& folder, const ZipLimits& limits,
                                   std::size_t max_input_bytes);

}  // namespace konform::compare
