// `konform serve`: the validation service (validator/serve). Parses the options and runs the
// server; configuration problems leave with exit code 2 like every other command's.
#include <iostream>

#include "konform/error.h"
#include "validator/cli/commands.h"
#include "validator/cli/repeatable_option.h"
#include "validator/core/config_error.h"
#include "validator/serve/server.h"

namespace konform::cli {

Command add_serve_command(CLI::App& app) {
  auto options = std::make_shared<serve::ServeOptions>();
  auto listen = std::make_shared<std::vector<std::string>>();
  auto timeout_ms = std::make_shared<long>(options->timeout.count());
  auto idle_timeout_ms = std::make_shared<long>(options->idle_timeout.count());
  auto read_timeout_ms = std::make_shared<long>(options->read_timeout.count());
  auto token_file = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Validate over HTTP: POST /v1/validate, /v1/openapi.json, /metrics (README)");
  add_repeatable_option(
      cmd, "--listen", *listen,
      "ADDR:PORT to listen on (numeric; default 127.0.0.1:8080; port 0 picks a free "
      "one and prints it); repeatable");
  add_repeatable_option(
      cmd, "--profile", options->profiles,
      "Profile id[@range] or folder: one chain each, chosen by ?profile=; repeatable")
      ->required();
  add_repeatable_option(cmd, "--profile-path", options->profile_path,
                        "Folder searched for profiles by id; repeatable");
  cmd->add_option("--workers", options->workers, "Validation threads (default 0: one per core)");
  cmd->add_option("--max-body", options->max_body,
                  "Largest request body in bytes; larger ones are refused with 413 (default 10 "
                  "MiB)");
  cmd->add_option("--max-inflight", options->max_inflight,
                  "Validations at once (default 0: as many as --workers)");
  cmd->add_option("--queue", options->queue,
                  "Validations waiting for a worker before 429 (default 64)");
  cmd->add_option("--timeout", *timeout_ms,
                  "Milliseconds a validation may take before 504 (default 30000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--idle-timeout", *idle_timeout_ms,
                  "Milliseconds a connection may wait without starting a request before it is "
                  "closed (default 60000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--read-timeout", *read_timeout_ms,
                  "Milliseconds a client has to send a whole request once it began before the "
                  "connection is closed (default 30000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--token-file", *token_file,
                  "File whose first line is the token clients send as Authorization: Bearer "
                  "(everything but /healthz and /readyz then needs it)");
  return [options, listen, timeout_ms, idle_timeout_ms, read_timeout_ms, token_file] {
    if (!listen->empty()) options->listen = *listen;
    options->timeout = std::chrono::milliseconds(*timeout_ms);
    options->idle_timeout = std::chrono::milliseconds(*idle_timeout_ms);
    options->read_timeout = std::chrono::milliseconds(*read_timeout_ms);
    if (!token_file->empty()) options->token_file = *token_file;
    try {
      serve::Server server(*options);
      return server.run(std::cout);
    } catch (const api::ConfigurationError& error) {
      throw ConfigError(error.what(), error.file(), error.line(), error.column())
          .with_german(error.message_de());
    }
  };
}

}  // namespace konform::cli
