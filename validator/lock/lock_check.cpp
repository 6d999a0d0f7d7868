#include "validator/lock/lock_check.h"

#include <algorithm>
#include <set>

#include "validator/core/config_error.h"

namespace konform::lock {
namespace fs = std::filesystem;

namespace {

/// Differences found so far; thrown together so one CI run shows everything to fix.
class Differences {
 public:
  explicit Differences(const LockFile& lock) : lock_(lock) {}

  void add(int line, std::string message) {
    if (messages_.empty()) first_line_ = line;
    messages_.push_back(std::move(message));
  }

  std::size_t count() const { return messages_.size(); }

  void throw_if_any() const {
    if (messages_.empty()) return;
    std::string text = messages_.front();
    if (messages_.size() > 1) {
      text += "\n  and " + std::to_string(messages_.size() - 1) + " more difference" +
              (messages_.size() > 2 ? "s" : "") + ":";
      for (std::size_t i = 1; i < messages_.size(); ++i) text += "\n  " + messages_[i];
    }
    text += "\n  (what runs differs from " + lock_.file +
            "; if the change is intended, run `konform profile lock` again to update it, or pass "
            "--no-lock to ignore the lock)";
    throw ConfigError(text, lock_.file, first_line_);
  }

 private:
  const LockFile& lock_;
  std::vector<std::string> messages_;
  int first_line_ = 0;
};

std::string name_of(const LockedProfile& profile) { return profile.id + " " + profile.version; }

std::string changed(const LockedProfile& profile, const std::string& path,
                    const std::string& expected, const std::string& actual) {
  return "profile " + name_of(profile) + ": artefact " + path + " has changed: expected sha256 " +
         expected + ", actual " + actual;
}

}  // namespace

std::map<std::string, std::string> pins_of(const LockFile& lock) {
  std::map<std::string, std::string> pins;
  for (const auto& profile : lock.profiles) pins.emplace(profile.id, profile.version);
  return pins;
}

std::vector<std::string> profile_specs_of(const LockFile& lock) {
  std::vector<std::string> specs;
  for (const auto& profile : lock.profiles) specs.push_back(profile.id);
  return specs;
}

void verify_chain(const LockFile& lock, const std::vector<Profile>& chain) {
  Differences differences(lock);
  std::set<std::string> in_chain;
  for (const auto& profile : chain) {
    in_chain.insert(profile.id);
    const LockedProfile* locked = nullptr;
    for (const auto& candidate : lock.profiles) {
      if (candidate.id == profile.id) locked = &candidate;
    }
    if (locked == nullptr) {
      differences.add(0, "profile " + profile.id + " " + profile.version +
                             " is in the resolved chain but not in the lock");
      continue;
    }
    if (locked->version != profile.version) {
      differences.add(locked->line, "profile " + profile.id + ": the lock pins version " +
                                        locked->version + ", but " + profile.version +
                                        " was resolved (" + profile.dir.string() + ")");
      continue;
    }
    for (const auto& artefact : locked->artefacts) {
      const fs::path file = profile.dir / artefact.digest.path;
      std::error_code ec;
      if (!fs::is_regular_file(file, ec)) {
        differences.add(artefact.line, "profile " + name_of(*locked) + ": artefact " +
                                           artefact.digest.path + " is missing: expected sha256 " +
                                           artefact.digest.sha256 + ", actual: no such file");
        continue;
      }
      const std::string actual = sha256_of_file(file);
      if (actual != artefact.digest.sha256) {
        differences.add(artefact.line,
                        changed(*locked, artefact.digest.path, artefact.digest.sha256, actual));
      }
    }
  }
  for (const auto& locked : lock.profiles) {
    if (!in_chain.count(locked.id)) {
      differences.add(locked.line,
                      "profile " + name_of(locked) + " is locked but not in the resolved chain");
    }
  }
  differences.throw_if_any();
}

void verify_compiled(const LockFile& lock, const CompiledProfile& compiled) {
  Differences differences(lock);
  for (const auto& locked : lock.profiles) {
    for (std::size_t i = 0; i < compiled.profiles.size() && i < compiled.artefacts.size(); ++i) {
      if (compiled.profiles[i].id != locked.id) continue;
      const auto& actual = compiled.artefacts[i];
      const std::size_t before = differences.count();
      for (const auto& digest : actual) {
        auto it = std::find_if(
            locked.artefacts.begin(), locked.artefacts.end(),
            [&](const LockedArtefact& artefact) { return artefact.digest.path == digest.path; });
        if (it == locked.artefacts.end()) {
          differences.add(locked.line, "profile " + name_of(locked) + ": artefact " + digest.path +
                                           " is not in the lock: expected none, "
                                           "actual sha256 " +
                                           digest.sha256);
        } else if (it->digest.sha256 != digest.sha256) {
          differences.add(it->line, changed(locked, digest.path, it->digest.sha256, digest.sha256));
        }
      }
      for (const auto& artefact : locked.artefacts) {
        const bool used = std::any_of(actual.begin(), actual.end(), [&](const ArtefactDigest& d) {
          return d.path == artefact.digest.path;
        });
        if (!used) {
          differences.add(artefact.line, "profile " + name_of(locked) + ": artefact " +
                                             artefact.digest.path +
                                             " is locked but no longer used: expected sha256 " +
                                             artefact.digest.sha256 + ", actual: not used");
        }
      }
      // Only worth saying when no artefact explains it (a lock edited by hand).
      if (differences.count() == before && compiled.profiles[i].sha256 != locked.sha256) {
        differences.add(locked.line, "profile " + name_of(locked) +
                                         ": chain hash differs: expected sha256 " + locked.sha256 +
                                         ", actual " + compiled.profiles[i].sha256);
      }
    }
  }
  differences.throw_if_any();
}

void verify_waivers(const LockFile& lock, const std::optional<fs::path>& applied,
                    bool switched_off) {
  Differences differences(lock);
  const auto& locked = lock.waivers;
  if (applied && !locked) {
    differences.add(0, "waiver file " + applied->generic_string() +
                           " is not in the lock: expected none, actual sha256 " +
                           sha256_of_file(*applied));
  } else if (!applied && locked && !switched_off) {
    differences.add(locked->line, "waiver file " + locked->path + " is missing: expected sha256 " +
                                      locked->sha256 + ", actual: no such file");
  } else if (applied && locked) {
    const std::string actual = sha256_of_file(*applied);
    if (actual != locked->sha256) {
      differences.add(locked->line, "waiver file " + applied->generic_string() +
                                        " has changed: expected sha256 " + locked->sha256 +
                                        ", actual " + actual);
    }
  }
  differences.throw_if_any();
}

}  // namespace konform::lock
