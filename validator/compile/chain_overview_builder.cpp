#include "validator/compile/chain_overview_builder.h"

namespace konform {

ChainOverview build_chain_overview(const std::vector<Profile>& chain,
                                   const CompiledProfile& compiled,
                                   std::vector<std::string> notices) {
  ChainOverview overview;
  for (std::size_t i = 0; i < chain.size(); ++i) {
    const Profile& profile = chain[i];
    ChainOverview::Profile& out = overview.chain.emplace_back();
    out = {profile.id,
           profile.version,
           profile.level,
           profile.publisher,
           profile.dir.string(),
           compiled.profiles[i].sha256,
           {}};
    for (const auto& digest : compiled.artefacts[i]) {
      out.artefacts.push_back({digest.path, digest.sha256});
    }
  }
  for (const auto& type : compiled.document_types) {
    overview.document_types.push_back({type.id, type.match.namespace_uri, type.match.local_name,
                                       type.schema_display, type.schematrons.size(),
                                       type.origin.profile});
  }
  for (const auto& [id, rule] : compiled.policy.rules()) {
    overview.rules.push_back({id, rule.severity, rule.enabled, rule.floor,
                              rule.declared_by ? rule.declared_by->profile : "", rule.reason});
  }
  overview.notices = std::move(notices);
  return overview;
}

}  // namespace konform
