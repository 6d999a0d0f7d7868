#include "validator/serve/token.h"

#include <openssl/crypto.h>

#include <fstream>

#include "konform/error.h"

namespace konform::serve {

std::string read_token_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) {
    throw api::ConfigurationError("--token-file: cannot read " + file.string(),
                                  "--token-file: " + file.string() + " ist nicht lesbar",
                                  file.string(), 0, 0);
  }
  const auto first = line.find_first_not_of(" \t\r");
  const auto last = line.find_last_not_of(" \t\r");
  // A short token is guessable; 16 characters is the floor of what `openssl rand -hex 8` makes.
  if (first == std::string::npos || last - first + 1 < 16) {
    throw api::ConfigurationError(
        "--token-file: the first line of " + file.string() +
            " holds no token of at least 16 characters (e.g. `openssl rand -hex 32`)",
        "--token-file: die erste Zeile von " + file.string() +
            " enth\u00e4lt kein Token mit mindestens 16 Zeichen (z. B. `openssl rand -hex 32`)",
        file.string(), 1, 1);
  }
  return line.substr(first, last - first + 1);
}

bool bearer_token_matches(std::string_view authorization, std::string_view expected) {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.substr(0, kScheme.size()) != kScheme) return false;
  const std::string_view given = authorization.substr(kScheme.size());
  if (given.size() != expected.size() || expected.empty()) return false;
  return CRYPTO_memcmp(given.data(), expected.data(), expected.size()) == 0;
}

}  // namespace konform::serve
