// Base64 (RFC 4648 section 4: the standard alphabet, padded), on OpenSSL's EVP_EncodeBlock and
// EVP_DecodeBlock: the one codec for minisign's keys and signatures (bundle/) and for the service's
// data: downloads and CSP style hashes (serve/). Header-only, so the service, which links the
// public API and no engine module, can use it as well.
#pragma once

#include <openssl/evp.h>

#include <optional>
#include <string>
#include <string_view>

namespace konform {

/// `bytes` as padded base64, without line breaks.
inline std::string base64_encode(std::string_view bytes) {
  std::string text(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int size = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()),
                                   reinterpret_cast<const unsigned char*>(bytes.data()),
                                   static_cast<int>(bytes.size()));
  text.resize(static_cast<std::size_t>(size));
  return text;
}

/// The bytes of strict base64 (padding required, nothing else), or nothing.
inline std::optional<std::string> base64_decode(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0 ||
      text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") !=
          std::string_view::npos) {
    return std::nullopt;
  }
  const std::size_t padding = text.ends_with("==") ? 2 : text.ends_with('=') ? 1 : 0;
  if (text.find('=') < text.size() - padding) return std::nullopt;
  std::string bytes(text.size() / 4 * 3, '\0');
  if (EVP_DecodeBlock(reinterpret_cast<unsigned char*>(bytes.data()),
                      reinterpret_cast<const unsigned char*>(text.data()),
                      static_cast<int>(text.size())) < 0) {
    return std::nullopt;
  }
  bytes.resize(bytes.size() - padding);
  return bytes;
}

}  // namespace konform
