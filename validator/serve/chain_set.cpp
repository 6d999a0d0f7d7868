#include "validator/serve/chain_set.h"

#include <utility>

#include "konform/version.h"

namespace konform::serve {

const LoadedChain* ChainSet::find(const std::string& wanted) const {
  if (wanted.empty()) return chains.size() == 1 ? &chains.front() : nullptr;
  for (const auto& loaded : chains) {
    if (loaded.name == wanted) return &loaded;
  }
  const auto at = wanted.find('@');
  const std::string id = wanted.substr(0, at);
  const std::string range = at == std::string::npos ? "*" : wanted.substr(at + 1);
  const LoadedChain* best = nullptr;
  for (const auto& loaded : chains) {
    if (loaded.id != id || !api::version_in_range(loaded.version, range)) continue;
    // One version is at least another exactly when it lies in the range ">=" the other.
    if (best == nullptr || !api::version_in_range(best->version, ">=" + loaded.version)) {
      best = &loaded;
    }
  }
  return best;
}

std::string ChainSet::describe() const {
  std::string text;
  for (const auto& loaded : chains) {
    text +=
        (text.empty() ? "" : ", ") + loaded.name + " (" + loaded.id + " " + loaded.version + ")";
  }
  return text;
}

std::shared_ptr<const ChainSet> compile_chains(const ServeOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  auto set = std::make_shared<ChainSet>();
  for (const auto& profile : options.profiles) {
    api::ChainSpec spec;
    spec.profiles = {profile};
    spec.profile_path = options.profile_path;
    auto chain = api::CompiledChain::build(spec);
    const auto profiles = chain->profiles();
    std::string id = profiles.empty() ? std::string() : profiles.back().id;
    std::string version = profiles.empty() ? std::string() : profiles.back().version;
    set->chains.push_back({profile, std::move(chain), std::move(id), std::move(version)});
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
