#include "konform/chain.h"

#include <algorithm>
#include <optional>
#include <thread>
#include <utility>

#include "validator/api/engine_errors.h"
#include "validator/api/engine_inputs.h"
#include "validator/api/engine_verdict.h"
#include "validator/api/prepared_rendering.h"
#include "validator/check/input_checker.h"
#include "validator/compare/candidate_zip.h"
#include "validator/core/scratch_folder.h"
#include "validator/lock/lock_file.h"
#include "validator/pipeline/candidate_comparison.h"
#include "validator/pipeline/chain_check.h"
#include "validator/pipeline/dates.h"
#include "validator/profile/adhoc_profile.h"
#include "validator/xsdtypes/plain_date.h"

namespace konform::api {

struct CompiledChain::State {
  State(pipeline::BuiltChain built, CheckOptions check_options,
        std::shared_ptr<const Report::Prepared> prepared)
      : chain(std::move(built)),
        options(std::move(check_options)),
        rendering(std::move(prepared)),
        checkers(pipeline::checker_pool_for(chain, options)) {}

  pipeline::BuiltChain chain;
  CheckOptions options;
  std::shared_ptr<const Report::Prepared> rendering;
  /// Every validation of this chain borrows its checkers here (input_checker_pool.h): a service
  /// validating one request at a time per worker reuses their readers as a batch does.
  mutable InputCheckerPool checkers;
};

namespace {

CheckOptions check_options_of(const ChainSpec& spec) {
  CheckOptions options;
  const Limits& limits = spec.limits;
  if (limits.max_input_bytes > 0) options.max_input_bytes = limits.max_input_bytes;
  // A budget the caller gave is exact; the defaults grow with the input (as on the command line).
  if (limits.max_xpath_steps > 0) {
    options.max_xpath_steps = limits.max_xpath_steps;
    options.scale_xpath_steps = false;
  }
  if (limits.max_xpath_time.count() > 0) {
    options.max_xpath_time = limits.max_xpath_time;
    options.scale_xpath_time = false;
  }
  // The rest as apply_limits() takes them from the command line: 0 keeps CheckOptions' default.
  if (limits.max_depth > 0) options.reader_limits.max_depth = limits.max_depth;
  if (limits.max_findings > 0) options.reader_limits.max_findings = limits.max_findings;
  if (limits.max_attributes > 0) options.reader_limits.max_attributes = limits.max_attributes;
  if (limits.max_attribute_size > 0) {
    options.reader_limits.max_attribute_size = limits.max_attribute_size;
  }
  if (limits.max_excerpt > 0) options.excerpts.max_code_points = limits.max_excerpt;
  options.excerpts.none = limits.no_excerpts;
  options.strict_codelists = spec.strict_codelists;
  return options;
}

std::optional<Profile> adhoc_profile_of(const ChainSpec& spec) {
  if (!spec.adhoc) return std::nullopt;
  const AdhocRules& rules = *spec.adhoc;
  return adhoc_profile(rules.schemas, rules.catalogs, rules.schema_roots, rules.codelists,
                       rules.schematrons);
}

pipeline::BuiltChain build_engine_chain(const ChainSpec& spec) {
  if (!spec.as_of.empty() && !xsdtypes::is_plain_date(spec.as_of)) {
    throw ConfigError("as-of date '" + spec.as_of + "' is not a date; expected YYYY-MM-DD")
        .with_german("Stichtag '" + spec.as_of + "' ist kein Datum; erwartet: JJJJ-MM-TT");
  }
  pipeline::ChainRequest request;
  if (spec.lock) request.lock = lock::read_lock_file(*spec.lock);
  const lock::LockFile* lock = request.lock ? &*request.lock : nullptr;
  if (pipeline::specs_to_resolve(spec.profiles, lock).empty() && !spec.adhoc) {
    throw ConfigError("nothing to validate against: name a profile (or a lock file)")
        .with_german(
            "nichts, wogegen gepr\u00fcft werden kann: ein Profil (oder eine Lock-Datei) "
            "angeben");
  }
  request.adhoc = adhoc_profile_of(spec);
  request.waivers = pipeline::waivers_to_apply(spec.waivers, spec.no_waivers, lock);
  request.specs = spec.profiles;
  request.profile_path = spec.profile_path;
  request.as_of = spec.as_of.empty() ? pipeline::today() : spec.as_of;
  request.use_cache = spec.use_cache;
  return pipeline::build_chain(std::move(request));
}

}  // namespace

std::shared_ptr<const CompiledChain> CompiledChain::build(const ChainSpec& spec) {
  return translating_engine_errors([&] {
    auto chain = build_engine_chain(spec);
    auto rendering = std::make_shared<const Report::Prepared>(chain.compiled.rules);
    auto state =
        std::make_unique<State>(std::move(chain), check_options_of(spec), std::move(rendering));
    return std::shared_ptr<const CompiledChain>(new CompiledChain(std::move(state)));
  });
}

CompiledChain::CompiledChain(std::unique_ptr<const State> state) : state_(std::move(state)) {}
CompiledChain::~CompiledChain() = default;

const std::string& CompiledChain::as_of() const noexcept { return state_->chain.as_of; }

const std::vector<std::string>& CompiledChain::notices() const noexcept {
  return state_->chain.notices;
}

std::vector<ProfileInfo> CompiledChain::profiles() const {
  std::vector<ProfileInfo> out;
  for (const auto& profile : state_->chain.compiled.profiles) {
    out.push_back({profile.id, profile.version, profile.level, profile.sha256, profile.publisher});
  }
  return out;
}

std::vector<RuleDescription> CompiledChain::rules() const {
  std::vector<RuleDescription> out;
  for (const auto& rule : state_->chain.compiled.rules) {
    out.push_back(
        {rule.id, public_severity(rule.default_severity), rule.title, rule.title_de, rule.source});
  }
  return out;
}

Report CompiledChain::validate_file(const std::filesystem::path& file,
                                    std::string display_name) const {
  InputSource source{display_name.empty() ? file.string() : std::move(display_name), file, {}};
  auto report = pipeline::check_with_chain(state_->chain, state_->checkers, {std::move(source)}, 1);
  return Report(std::make_shared<const konform::Report>(std::move(report)), state_->rendering);
}

Report CompiledChain::validate_bytes(std::string_view bytes, std::string display_name) const {
  return validate({InputBytes{std::move(display_name), std::string(bytes)}});
}

Report CompiledChain::validate(std::vector<InputBytes> inputs, unsigned jobs) const {
  std::vector<Input> sources;
  sources.reserve(inputs.size());
  for (auto& input : inputs) {
    // The name doubles as the file name whose extension says XML or service definition; the
    // bytes are never looked for on disk.
    std::filesystem::path name = input.display_name;
    sources.push_back({std::move(input.display_name), std::move(name),
                       std::make_shared<const std::string>(std::move(input.bytes))});
  }
  return validate_inputs(std::move(sources), {jobs});
}

Report CompiledChain::validate_inputs(std::vector<Input> inputs,
                                      const ValidateOptions& validate) const {
  const unsigned workers =
      validate.jobs > 0 ? validate.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto sources = engine_inputs(std::move(inputs));
  // The chain's pooled checkers record no matching trace; a run that asks for one (--explain)
  // checks with checkers of its own.
  if (validate.explanations != nullptr) {
    CheckOptions options = state_->options;
    options.jobs = workers;
    options.explain = true;
    auto report = pipeline::check_with_chain(state_->chain, std::move(sources), options,
                                             validate.explanations);
    return Report(std::make_shared<const konform::Report>(std::move(report)), state_->rendering);
  }
  auto report =
      pipeline::check_with_chain(state_->chain, state_->checkers, std::move(sources), workers);
  return Report(std::make_shared<const konform::Report>(std::move(report)), state_->rendering);
}

}  // namespace konform::api

namespace konform::api {

namespace {

/// Compares the candidates `discover` finds (under the chain's options, `jobs` at a time).
template <typename Discover>
Comparison compare_discovered(const CompiledChain::State& state, unsigned jobs,
                              Discover&& discover) {
  return translating_engine_errors([&] {
    CheckOptions options = state.options;
    options.jobs = jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
    return Comparison(std::make_shared<const CompareMatrix>(
        pipeline::compare_candidates(state.chain, discover(options), options)));
  });
}

}  // namespace

Comparison CompiledChain::compare(const std::vector<std::filesystem::path>& candidates,
                                  unsigned jobs) const {
  return compare_discovered(*state_, jobs, [&](const CheckOptions& options) {
    std::vector<compare::CandidateSource> sources;
    for (const auto& candidate : candidates) {
      sources.push_back(compare::discover_candidate(candidate.string(), options.max_input_bytes));
    }
    return sources;
  });
}

Comparison CompiledChain::compare_zips(const std::vector<CandidateZip>& candidates,
                                       const ZipLimits& limits, unsigned jobs) const {
  // The check reads the candidates' files while it runs: the folder outlives the comparison.
  std::optional<ScratchFolder> scratch;
  return compare_discovered(*state_, jobs, [&](const CheckOptions& options) {
    scratch.emplace("konform-compare-");
    std::vector<compare::CandidateSource> sources;
    for (const auto& candidate : candidates) {
      sources.push_back(compare::candidate_from_zip(
          candidate.name, candidate.bytes, scratch->path(),
          {limits.max_entries, limits.max_unpacked_bytes}, options.max_input_bytes));
    }
    return sources;
  });
}

}  // namespace konform::api
