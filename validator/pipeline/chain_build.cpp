#include "validator/pipeline/chain_build.h"

#include <memory>
#include <utility>

#include "validator/cache/cache_store.h"
#include "validator/core/user_folders.h"
#include "validator/lock/lock_check.h"
#include "validator/resolve/profile_resolver.h"
#include "validator/rules/registry.h"

namespace konform::pipeline {

std::vector<std::string> specs_to_resolve(const std::vector<std::string>& specs,
                                          const lock::LockFile* lock) {
  return lock && specs.empty() ? lock::profile_specs_of(*lock) : specs;
}

BuiltChain build_chain(ChainRequest request) {
  const lock::LockFile* lock = request.lock ? &*request.lock : nullptr;
  ResolveOptions options{profile_search_path(request.profile_path), request.as_of};
  if (lock) {
    options.pinned = lock::pins_of(*lock);
    options.pinned_by = lock->file;
  }
  ResolvedProfiles resolved = resolve_profiles(specs_to_resolve(request.specs, lock), options);
  if (lock) lock::verify_chain(*lock, resolved.chain);
  if (request.adhoc) resolved.chain.push_back(std::move(*request.adhoc));

  const std::unique_ptr<cache::Store> cache =
      request.use_cache ? cache::Store::open(user_folder(UserFolder::cache)) : nullptr;
  CompiledProfile compiled = compile_profiles(resolved.chain, request.as_of, cache.get());
  if (lock) lock::verify_compiled(*lock, compiled);
  return {std::move(compiled), std::move(request.as_of), std::move(request.lock),
          std::move(request.waivers), std::move(resolved.notices)};
}

std::optional<waive::WaiverFile> waivers_to_apply(const std::optional<std::filesystem::path>& file,
                                                  bool switched_off, const lock::LockFile* lock) {
  if (lock) lock::verify_waivers(*lock, file, switched_off);
  if (!file) return std::nullopt;
  return waive::read_waiver_file(*file);
}

std::optional<Severity> waiver_expired_severity(const CompiledProfile& compiled) {
  const auto& rules = compiled.policy.rules();
  auto it = rules.find(std::string(rules::kWaiverExpired.text()));
  if (it == rules.end()) return Severity::kWarning;
  if (!it->second.enabled) return std::nullopt;
  return it->second.severity;
}

}  // namespace konform::pipeline
