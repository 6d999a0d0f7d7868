// Embedding konform: check messages inside your own program before sending them.
//   konform-embed PROFILE FILE...
// Builds the profile chain once, validates each file against it on its own thread (a compiled
// chain is immutable and shared), prints the text report of each and exits 1 when any file is
// not conformant, 2 on a configuration error.
#include <konform/konform.h>

#include <future>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: " << argv[0] << " PROFILE FILE...\n";
    return 2;
  }
  konform::api::ChainSpec spec;
  spec.profiles = {argv[1]};
#ifdef KONFORM_EMBED_PROFILE_PATH
  // Linked statically, konform has no file of its own to find its shipped profiles beside: the
  // build names the installed package's folder (konform_PROFILES_DIR, or pkg-config's profilesdir).
  spec.profile_path = {KONFORM_EMBED_PROFILE_PATH};
#endif
  std::shared_ptr<const konform::api::CompiledChain> chain;
  try {
    chain = konform::api::CompiledChain::build(spec);
  } catch (const konform::api::ConfigurationError& error) {
    std::cerr << "konform-embed: " << error.what() << "\n";
    return 2;
  }

  std::vector<std::future<konform::api::Report>> checks;
  for (int i = 2; i < argc; ++i) {
    checks.push_back(std::async(std::launch::async, [&chain, file = std::string(argv[i])] {
      return chain->validate_file(file);
    }));
  }
  bool all_conformant = true;
  for (auto& check : checks) {
    const konform::api::Report report = check.get();
    std::cout << report.render("text");
    all_conformant = all_conformant && report.verdict() == konform::api::Verdict::kConformant;
  }
  std::cout << "konform " << konform::api::library_version() << ": "
            << (all_conformant ? "all conformant" : "not all conformant") << "\n";
  return all_conformant ? 0 : 1;
}
