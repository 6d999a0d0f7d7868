#include "validator/cli/network_options.h"

#include <cstdlib>
#include <string_view>

namespace konform::cli {

net::FetchOptions NetworkArguments::fetch_options() const {
  const char* environment = std::getenv("KONFORM_ALLOW_LOOPBACK_HTTP");
  net::FetchOptions options;
  options.connect_timeout = std::chrono::seconds(connect_timeout);
  options.stall_timeout = std::chrono::seconds(stall_timeout);
  options.max_bytes = static_cast<std::uintmax_t>(max_megabytes) << 20;
  options.allow_loopback_http =
      allow_loopback_http || (environment != nullptr && std::string_view(environment) == "1");
  return options;
}

void add_network_options(CLI::App* command, NetworkArguments& arguments) {
  command
      ->add_option("--connect-timeout", arguments.connect_timeout,
                   "Seconds to wait for a connection (default 15)")
      ->check(CLI::Range(1, 600));
  command
      ->add_option("--stall-timeout", arguments.stall_timeout,
                   "Seconds a download may stall (under 64 bytes a second) before it is "
                   "abandoned (default 30)")
      ->check(CLI::Range(1, 3600));
  command->add_option("--max-size", arguments.max_megabytes, "Largest download in MiB (default 64)")
      ->check(CLI::Range(1, 1024));
  command->add_flag("--allow-loopback-http", arguments.allow_loopback_http,
                    "Allow plain http:// to 127.0.0.1, [::1] or localhost (tests, local mirrors; "
                    "also KONFORM_ALLOW_LOOPBACK_HTTP=1); https is required everywhere else");
}

}  // namespace konform::cli
