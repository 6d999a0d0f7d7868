// The options every network command shares (profile search|install|update --registry, install
// URL, codelist fetch): timeouts, the size limit and the loopback-http switch for tests and local
// mirrors. The environment variable KONFORM_ALLOW_LOOPBACK_HTTP=1 sets that switch too, for test
// harnesses that cannot change a command line.
#pragma once

#include <CLI/CLI.hpp>

#include "validator/net/http_fetch.h"

namespace konform::cli {

struct NetworkArguments {
  long connect_timeout = 15;
  long stall_timeout = 30;
  long max_megabytes = 64;
  bool allow_loopback_http = false;

  net::FetchOptions fetch_options() const;
};

void add_network_options(CLI::App* command, NetworkArguments& arguments);

}  // namespace konform::cli
