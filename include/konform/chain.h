// A compiled profile chain: built once from profile ids or folders (resolved, pinned by a lock,
// compiled), then shared by any number of threads, each validating files or bytes into Reports.
//
//   konform::api::ChainSpec spec;
//   spec.profiles = {"xbau"};
//   auto chain = konform::api::CompiledChain::build(spec);   // throws ConfigurationError
//   konform::api::Report report = chain->validate_file("antrag.xml");
//   if (report.verdict() != konform::api::Verdict::kConformant)
//     std::cout << report.render("text");
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "konform/comparison.h"
#include "konform/export.h"
#include "konform/report.h"

namespace konform::api {

/// Resource limits of one input (defaults as the command line's; 0 means unbounded where noted).
struct Limits {
  std::size_t max_input_bytes = 0;              ///< 0: the default (see `konform validate --help`)
  std::uint64_t max_xpath_steps = 0;            ///< 0: the default budget
  std::chrono::milliseconds max_xpath_time{0};  ///< 0: the default budget
};

/// What to build a chain from.
struct ChainSpec {
  /// Profile folders (with profile.xml) or ids, optionally with a version range ("xbau@^2").
  /// May be empty when `lock` names a lock file: the chain it pins is used.
  std::vector<std::string> profiles;
  /// Folders searched for profiles by id before KONFORM_PROFILE_PATH and the shipped profiles.
  std::vector<std::filesystem::path> profile_path;
  std::string as_of;  ///< validation date YYYY-MM-DD; empty: today (local time)
  std::optional<std::filesystem::path> lock;     ///< konform.lock to honour; none: no lock
  std::optional<std::filesystem::path> waivers;  ///< konform-waivers.xml to apply; none: none
  Limits limits;
  bool strict_codelists = false;  ///< a code list the profile lacks is an error, not a warning
  bool use_cache = true;          ///< compiled schemas from and to $XDG_CACHE_HOME/konform
};

/// One profile of a compiled chain, as reports name it in their provenance.
struct ProfileInfo {
  std::string id;
  std::string version;
  std::string level;
  std::string sha256;  ///< over the manifest and every artefact it names
  std::string publisher;
};

/// One rule the chain can report (`konform rules` lists the built-in ones).
struct RuleDescription {
  std::string id;  ///< stable kebab-case id, as findings carry it
  Severity default_severity = Severity::kError;
  std::string title;     ///< one line, English
  std::string title_de;  ///< one line, German
  std::string source;    ///< the specification clause or guideline it enforces
};

/// One input to validate in memory.
struct InputBytes {
  std::string display_name;  ///< how reports name it
  std::string bytes;
};

/// A candidate uploaded as a zip archive of its product folder (CompiledChain::compare_zips).
struct CandidateZip {
  std::string name;   ///< how the comparison names it: a plain folder name
  std::string bytes;  ///< the zip archive
};

/// How far one candidate zip may unpack: a zip bomb is refused at the limit.
struct ZipLimits {
  std::size_t max_entries = 10'000;
  std::uint64_t max_unpacked_bytes = 256ull << 20;
};

/// An immutable compiled chain. Thread-safe: every member function is const and may be called
/// from many threads at once.
class KONFORM_API CompiledChain {
 public:
  /// Resolves, compiles and (with a lock) verifies the chain. Throws ConfigurationError.
  static std::shared_ptr<const CompiledChain> build(const ChainSpec& spec);
  ~CompiledChain();
  CompiledChain(const CompiledChain&) = delete;
  CompiledChain& operator=(const CompiledChain&) = delete;

  /// Validates one file; `display_name` (default: the path) names it in the report. A file that
  /// cannot be read is a finding, not an exception.
  Report validate_file(const std::filesystem::path& file, std::string display_name = {}) const;
  /// Validates bytes already in memory (XML, or a service definition when the name ends in
  /// .yml/.yaml).
  Report validate_bytes(std::string_view bytes, std::string display_name) const;
  /// Validates several inputs into one report, `jobs` at a time (0: one per core).
  Report validate(std::vector<InputBytes> inputs, unsigned jobs = 1) const;

  /// Compares candidates: product folders (service definitions with their samples) or
  /// service-definition files, each checked on its own. Throws ConfigurationError for a
  /// candidate that does not exist or holds no service definition.
  Comparison compare(const std::vector<std::filesystem::path>& candidates, unsigned jobs = 1) const;

  /// Compares candidates uploaded as zips, as compare() does their folders. Each is unpacked,
  /// confined (no absolute path, no "..", no link or device) and within `limits`, into a private
  /// temporary folder removed before this returns; the matrix names candidates and their files
  /// by `name`. Throws ConfigurationError (its file() the candidate's name) for a zip refused or
  /// damaged, a name that is no plain folder name or comes twice, or no service definition;
  /// LimitExceededError (a ConfigurationError) for a zip beyond `limits`.
  Comparison compare_zips(const std::vector<CandidateZip>& candidates, const ZipLimits& limits = {},
                          unsigned jobs = 1) const;

  /// The chain's profiles, parents first.
  std::vector<ProfileInfo> profiles() const;
  /// Every rule that can fire in this chain, sorted by id.
  std::vector<RuleDescription> rules() const;

  /// The date the chain was built for (YYYY-MM-DD).
  const std::string& as_of() const noexcept;

  struct State;  ///< the engine's compiled chain and options

 private:
  explicit CompiledChain(std::unique_ptr<const State> state);
  std::unique_ptr<const State> state_;
};

}  // namespace konform::api
