// `konform profile doc DIR [--format markdown|html] [--output FILE]`: resolves and compiles the
// profile with its chain, builds its catalogue and renders it.
#include <fstream>
#include <iostream>
#include <sstream>

#include "reports/profile_doc_renderers.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/profile_subcommands.h"
#include "validator/compile/compiled_profile.h"
#include "validator/compile/profile_doc_builder.h"
#include "validator/core/config_error.h"
#include "validator/resolve/profile_resolver.h"

namespace konform::cli {

int run_profile_doc(const ProfileDocArguments& arguments) {
  ResolveOptions resolve;
  resolve.search_path =
      profile_search_path({arguments.profile_path.begin(), arguments.profile_path.end()});
  resolve.as_of = arguments.as_of;
  const ResolvedProfiles resolved = resolve_profiles({arguments.profile}, resolve);
  for (const auto& notice : resolved.notices) std::cerr << "konform: note: " << notice << "\n";
  const CompiledProfile compiled = compile_profiles(resolved.chain, arguments.as_of);
  const ProfileDoc doc = build_profile_doc(resolved.chain, compiled, arguments.as_of);
  std::ostringstream text;
  if (arguments.format == "html") {
    reports::render_profile_doc_html(doc, text);
  } else {
    reports::render_profile_doc_markdown(doc, text);
  }
  if (arguments.output.empty()) {
    std::cout << text.str();
    return kExitOk;
  }
  std::ofstream file(arguments.output, std::ios::binary);
  if (!(file << text.str()) || !file.flush()) {
    throw ConfigError("cannot write the catalogue", arguments.output);
  }
  return kExitOk;
}

}  // namespace konform::cli
