#include "validator/compile/profile_check_summary_builder.h"

#include "validator/compile/missing_code_lists.h"
#include "validator/compile/untitled_rules.h"
#include "validator/schematron/source_tree.h"

namespace konform {

ProfileCheckSummary build_profile_check_summary(const std::vector<Profile>& chain,
                                                const CompiledProfile& compiled) {
  ProfileCheckSummary summary;
  summary.id = chain.back().id;
  summary.version = chain.back().version;
  summary.profiles = chain.size();
  summary.document_types = compiled.document_types.size();
  for (const auto& type : compiled.document_types) {
    summary.schematron_rule_sets += type.schematrons.size();
  }
  summary.code_lists = compiled.codelists ? compiled.codelists->size() : 0;
  summary.rules = compiled.rules.size();
  summary.missing_code_lists = missing_code_lists(compiled);
  summary.untitled_rules = untitled_rules(compiled);
  summary.title_namespace = schematron::kKonformSchematronNs;
  return summary;
}

}  // namespace konform
