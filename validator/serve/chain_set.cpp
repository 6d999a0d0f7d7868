#include "validator/serve/chain_set.h"

#include <utility>

namespace konform::serve {

const LoadedChain* ChainSet::find(const std::string& wanted) const {
  if (wanted.empty()) return chains.size() == 1 ? &chains.front() : nullptr;
  for (const auto& loaded : chains) {
    if (loaded.name == wanted) return &loaded;
  }
  for (const auto& loaded : chains) {
    const auto profiles = loaded.chain->profiles();
    if (!profiles.empty() && profiles.back().id == wanted) return &loaded;
  }
  return nullptr;
}

std::shared_ptr<const ChainSet> compile_chains(const ServeOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  auto set = std::make_shared<ChainSet>();
  for (const auto& profile : options.profiles) {
    api::ChainSpec spec;
    spec.profiles = {profile};
    spec.profile_path = options.profile_path;
    set->chains.push_back({profile, api::CompiledChain::build(spec)});
  }
  set->compile_time = std::chrono::steady_clock::now() - started;
  return set;
}

std::shared_ptr<const ChainSet> ChainRegistry::current() const {
  std::lock_guard lock(mutex_);
  return chains_;
}

void ChainRegistry::replace(std::shared_ptr<const ChainSet> chains) {
  std::lock_guard lock(mutex_);
  chains_ = std::move(chains);
}

}  // namespace konform::serve
