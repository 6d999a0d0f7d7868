#include "validator/compare/candidate_zip.h"

#include "validator/core/archive_entry_name.h"
#include "validator/core/config_error.h"

namespace konform::compare {
namespace fs = std::filesystem;

CandidateSource candidate_from_zip(const std::string& name, std::string_view zip,
                                   const fs::path& folder, const ZipLimits& limits,
                                   std::size_t max_input_bytes) {
  if (check_entry_name(name) || name.find('/') != std::string::npos) {
    throw ConfigError("a candidate's name must be a plain folder name", name)
        .with_german("der Name eines Kandidaten muss ein schlichter Ordnername sein");
  }
  const fs::path unpacked = folder / name;
  if (fs::exists(unpacked)) {
    throw ConfigError("two candidates have this name", name)
        .with_german("zwei Kandidaten haben diesen Namen");
  }
  unpack_zip({name, std::nullopt, zip}, unpacked, limits);
  CandidateSource candidate;
  try {
    candidate = discover_candidate(unpacked.string(), max_input_bytes);
  } catch (const ConfigError& error) {  // located in the temporary folder: name the upload
    throw ConfigError(error.what(), name).with_german(error.message_de());
  }
  candidate.path = name;
  const std::string prefix = (folder / "").string();
  for (auto& input : candidate.inputs) {
    if (input.display_path.rfind(prefix, 0) == 0) input.display_path.erase(0, prefix.size());
  }
  return candidate;
}

}  // namespace konform::compare
