// Renderers of `konform profile show`: pure functions of a ChainOverview
// (validator/core/chain_overview.h). Text for people (the chain with the files each hash covers,
// in sha256sum's format, the document types and the rules the chain changed), JSON for scripts
// (every rule; a CLI contract: keys in a fixed order, new keys may be added, never renamed).
#pragma once

#include <ostream>

#include "validator/core/chain_overview.h"

namespace konform::reports {

void render_chain_overview_text(const ChainOverview& overview, std::ostream& out);
void render_chain_overview_json(const ChainOverview& overview, std::ostream& out);

}  // namespace konform::reports
