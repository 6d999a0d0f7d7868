// What a client chose in the query, read the same way by every route that validates or compares:
// the chain (`?profile=`) and the language of the human formats (`?lang=`).
#pragma once

#include <optional>
#include <variant>

#include "konform/report.h"
#include "validator/serve/chain_set.h"
#include "validator/serve/http_types.h"
#include "validator/serve/request_target.h"

namespace konform::serve {

/// The chain `?profile=` picks (ChainSet::find), or the problem answer: 400 when several chains
/// are loaded and none is named or the version range is malformed, 404 naming the chains loaded
/// with their ids and versions when none matches.
std::variant<const LoadedChain*, Response> requested_chain(unsigned version,
                                                           const RequestTarget& target,
                                                           const ChainSet& chains);

/// `?lang=de|en`; nullopt when absent; 400 for anything else.
std::variant<std::optional<api::Language>, Response> requested_language(
    unsigned version, const RequestTarget& target);

}  // namespace konform::serve
