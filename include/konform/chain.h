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

/// Resource limits of one input; 0 (and false) keeps the command line's default for each (see
/// `konform validate --help`, whose --max-* options these are).
struct Limits {
  std::size_t max_input_bytes = 0;              ///< 0: the default
  std::uint64_t max_xpath_steps = 0;            ///< 0: the default budget, grown for large inputs
  std::chrono::milliseconds max_xpath_time{0};  ///< 0: the default budget, grown for large inputs
  // Since 0.1.0 with the command line on the API (appended: aggregate initialisation of the
  // members above is unchanged).
  int max_depth = 0;                   ///< element nesting refused beyond this; 0: the default
  int max_findings = 0;                ///< XSD findings listed per input (the rest counted)
  int max_attributes = 0;              ///< attributes of one element refused beyond this
  std::size_t max_attribute_size = 0;  ///< characters of one attribute value refused beyond this
  std::size_t max_excerpt = 0;         ///< characters of an input's text findings may quote
  bool no_excerpts = false;            ///< findings quote none of an input's text ("…")
};

/// The ad-hoc rules of `konform validate --schema ... --schematron ...`: artefacts named directly,
/// checked as one more profile after the chain's (or alone). The caller chose them, so their
/// includes and imports may read any local file, unlike a profile's.
struct AdhocRules {
  /// XSDs; several make one document type each, taking the inputs whose root they declare.
  std::vector<std::filesystem::path> schemas;
  std::vector<std::filesystem::path> catalogs;      ///< OASIS XML catalogs for schema locations
  std::vector<std::filesystem::path> schema_roots;  ///< accepted for old scripts; no effect
  std::vector<std::filesystem::path> codelists;     ///< genericode files or folders
  std::vector<std::filesystem::path> schematrons;   ///< ISO Schematron rule sets (xslt2)
};

/// What to build a chain from.
struct ChainSpec {
  /// Profile folders (with profile.xml) or ids, optionally with a version range ("xbau@^2").
  /// May be empty when `lock` names a lock file (the chain it pins is used) or with `adhoc`.
  std::vector<std::string> profiles;
  /// Folders searched for profiles by id before KONFORM_PROFILE_PATH and the shipped profiles.
  std::vector<std::filesystem::path> profile_path;
  std::string as_of;  ///< validation date YYYY-MM-DD; empty: today (local time)
  std::optional<std::filesystem::path> lock;     ///< konform.lock to honour; none: no lock
  std::optional<std::filesystem::path> waivers;  ///< konform-waivers.xml to apply; none: none
  Limits limits;
  bool strict_codelists = false;  ///< a code list the profile lacks is an error, not a warning
  bool use_cache = true;          ///< compiled schemas from and to $XDG_CACHE_HOME/konform
  // Since 0.1.0 with the command line on the API:
  /// The caller asked for no waivers (`--no-waivers`): a lock that pins a waiver file accepts
  /// that, as it can only make a run stricter; `waivers` must then be empty.
  bool no_waivers = false;
  /// Ad-hoc rules checked after the profiles; a lock does not pin them.
  std::optional<AdhocRules> adhoc;
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

/// One input of CompiledChain::validate_inputs(): a file read when its turn comes (so a batch is
/// never all in memory at once), bytes already in memory, or standard input.
struct Input {
  std::string display_name;    ///< how reports name it
  std::filesystem::path file;  ///< read when checked; empty with `bytes` and for standard input
  /// Set: checked as they are, `file` only names their type (.yml/.yaml: a service definition).
  /// Neither `file` nor `bytes`: standard input, read when checked.
  std::shared_ptr<const std::string> bytes;
};

/// The inputs that command-line operands name, in their order: files, folders walked recursively
/// for the files `konform validate` checks (*.xml and service definitions, sorted by path), and
/// "-" for standard input. Throws ConfigurationError for an operand that does not exist and when
/// the operands hold no input at all (an empty run would look complete).
KONFORM_API std::vector<Input> find_inputs(const std::vector<std::string>& operands);

/// How CompiledChain::validate_inputs() runs.
struct ValidateOptions {
  unsigned jobs = 1;  ///< inputs checked at once (0: one per core); the report keeps input order
  /// Set: receives, for each input in input order, the trace of how its document type was chosen
  /// (`konform validate --explain`).
  std::vector<std::string>* explanations = nullptr;
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
  /// Validates files, bytes and standard input (find_inputs() makes them from operands) into
  /// one report, as `konform validate` does.
  Report validate_inputs(std::vector<Input> inputs, const ValidateOptions& options = {}) const;

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
  /// The resolver's notes for the user (e.g. a profile id found twice on the search path: which
  /// one was taken), in English; `konform validate` prints each as "konform: note: ...".
  const std::vector<std::string>& notices() const noexcept;

  struct State;  ///< the engine's compiled chain and options

 private:
  explicit CompiledChain(std::unique_ptr<const State> state);
  std::unique_ptr<const State> state_;
};

}  // namespace konform::api
