// Shared-token authentication (`--token-file`): clients send `Authorization: Bearer <token>`.
// The comparison takes the same time whatever the bytes, so timing does not reveal the token.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace konform::serve {

/// The token in `file`: its first line, without surrounding white space. Throws
/// api::ConfigurationError when the file cannot be read or holds no token.
std::string read_token_file(const std::filesystem::path& file);

/// Whether `authorization` (the header's value) is "Bearer <expected>". Constant time in the
/// content of both (CRYPTO_memcmp); only the lengths may show.
bool bearer_token_matches(std::string_view authorization, std::string_view expected);

}  // namespace konform::serve
