// konform's entry point: registers the subcommands (commands.h) and turns what they throw into
// exit codes. Each command checks messages and service definitions against a chain of profiles
// (XSD, code lists, Schematron, organisational rules); README.md states the command-line contract.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "konform/error.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/parse_errors.h"
#include "validator/core/config_error.h"
#include "validator/core/version.h"
#include "validator/pipeline/dates.h"

namespace {

/// Ends the process with `code` once everything written is flushed. In optimised builds without
/// sanitizers that is _exit: what the destructors would free (the command line's definitions,
/// libraries' state, the heap) the kernel frees with the process, and freeing it first was half
/// a millisecond of a one-file run. Sanitizer builds return normally, for their leak check.
int finish(int code) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  _exit(code);
#endif
  return code;
}

/// The API's error as the engine's, whose located() prints "file:line:col: message".
konform::ConfigError located(const konform::api::ConfigurationError& error) {
  return konform::ConfigError(error.what(), error.file(), error.line(), error.column())
      .with_german(error.message_de());
}

}  // namespace

int main(int argc, char** argv) {
  using namespace konform::cli;
  CLI::App app{"konform - conformance validator for XÖV profiles", "konform"};
  app.set_version_flag("--version", "konform " + std::string(konform::kVersion) +
                                        "\nLicence: " + std::string(konform::kLicence) +
                                        " (European Union Public Licence v. 1.2)");
  app.require_subcommand(1);
  app.failure_message(explain_parse_error);
  Command validate = add_validate_command(app);
  Command compare = add_compare_command(app);
  Command rules = add_rules_command(app);
  Command cache = add_cache_command(app);
  Command codelist = add_codelist_command(app);
  Command servicedef = add_servicedef_command(app);
  Command profile = add_profile_command(app, konform::pipeline::today);
  Command xsd = add_xsd_command(app);
  Command serve = add_serve_command(app);
  Command trust = add_trust_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitConfig;
  }
  try {
    if (app.got_subcommand("validate")) return finish(validate());
    if (app.got_subcommand("compare")) return finish(compare());
    if (app.got_subcommand("rules")) return finish(rules());
    if (app.got_subcommand("cache")) return finish(cache());
    if (app.got_subcommand("codelist")) return finish(codelist());
    if (app.got_subcommand("servicedef") || app.got_subcommand("init")) return finish(servicedef());
    if (app.got_subcommand("profile")) return finish(profile());
    if (app.got_subcommand("xsd")) return finish(xsd());
    if (app.got_subcommand("serve")) return finish(serve());
    if (app.got_subcommand("trust")) return finish(trust());
  } catch (const konform::ConfigError& e) {
    const bool german = wants_german(app);
    std::cerr << error_prefix(german) << e.located(german) << "\n";
    return finish(kExitConfig);
  } catch (const konform::api::ConfigurationError& e) {
    // What the public API threw for `validate` and `compare`, printed as the engine's own.
    const bool german = wants_german(app);
    std::cerr << error_prefix(german) << located(e).located(german) << "\n";
    return finish(kExitConfig);
  } catch (const konform::api::Error& e) {
    const bool german = wants_german(app);
    std::cerr << error_prefix(german) << (german ? e.message_de() : std::string(e.what())) << "\n";
    return finish(kExitConfig);
  } catch (const std::exception& e) {
    std::cerr << "konform: internal error: " << e.what() << "\n";
    return finish(kExitIncomplete);
  }
  return finish(kExitConfig);
}
