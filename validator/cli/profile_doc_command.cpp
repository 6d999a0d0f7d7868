// `konform profile doc DIR [--format markdown|html|pdf] [--lang de|en] [--output FILE]`: resolves
// and compiles the profile with its chain, builds its catalogue and renders it.
#include <iostream>

#include "reports/profile_doc_renderers.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/profile_subcommands.h"
#include "validator/cli/report_output.h"
#include "validator/compile/compiled_profile.h"
#include "validator/compile/profile_doc_builder.h"
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
  const bool page = arguments.format != "markdown";  // html, or html printed to pdf
  const std::string lang = !arguments.lang.empty() ? arguments.lang : page ? "de" : "en";
  write_output(arguments.format, arguments.output, [&](std::ostream& out) {
    if (page) {
      reports::render_profile_doc_html(doc, lang, out);
    } else {
      reports::render_profile_doc_markdown(doc, lang, out);
    }
  });
  return kExitOk;
}

}  // namespace konform::cli
