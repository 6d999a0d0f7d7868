#include "validator/compile/profile_doc_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include "validator/core/xml_space.h"
#include "validator/rules/registry.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

std::string relative_to(const fs::path& file, const fs::path& dir) {
  return file.lexically_relative(dir).generic_string();
}

/// The profile of the chain whose folder holds `file` (the innermost, for nested folders).
std::string owner_of(const std::vector<Profile>& chain, const fs::path& file) {
  std::string owner;
  std::size_t depth = 0;
  for (const auto& profile : chain) {
    auto [end, ignored] =
        std::mismatch(profile.dir.begin(), profile.dir.end(), file.begin(), file.end());
    const auto length = static_cast<std::size_t>(std::distance(profile.dir.begin(), end));
    if (end == profile.dir.end() && length >= depth) {
      owner = profile.id;
      depth = length;
    }
  }
  return owner;
}

ProfileDoc::Profile profile_entry(const Profile& profile, const ProfileSummary& summary) {
  ProfileDoc::Profile out;
  out.id = profile.id;
  out.version = profile.version;
  out.level = profile.level;
  out.title = collapse_whitespace(profile.title);
  out.publisher = collapse_whitespace(profile.publisher);
  out.description = collapse_whitespace(profile.description);
  out.valid_from = profile.validity.from;
  out.valid_to = profile.validity.to;
  out.sha256 = summary.sha256;
  for (const auto& parent : profile.extends) {
    if (!out.extends.empty()) out.extends += ", ";
    out.extends += parent.id + (parent.version_range.empty() ? "" : " " + parent.version_range);
  }
  out.deprecated = profile.deprecated;
  out.replaced_by = profile.replaced_by;
  return out;
}

ProfileDoc::DocumentType document_type_entry(const Profile& profile, const DocumentType& type,
                                             const std::string& as_of) {
  ProfileDoc::DocumentType out;
  out.id = type.id;
  out.title = collapse_whitespace(type.title);
  out.profile = profile.id;
  out.match_namespace = type.match.namespace_uri;
  out.match_local_name = type.match.local_name;
  out.match_condition = type.match.condition;
  if (!type.schema.empty()) out.schema = relative_to(type.schema, profile.dir);
  for (const auto& rules : type.schematrons) {
    out.schematrons.push_back(relative_to(rules.file, profile.dir) +
                              (rules.phase.empty() ? "" : "#" + rules.phase));
  }
  out.valid_from = type.validity.from;
  out.valid_to = type.validity.to;
  out.applies = type.validity.applies_on(as_of);
  return out;
}

/// Which profile brings each Schematron assertion id: the one whose rule set holds it (the
/// profile defining the document type, or one below it that added rules with <addRules>); the
/// first one wins, as the compile stage lists an id used by several assertions once.
std::map<std::string, std::string> schematron_owners(const CompiledProfile& compiled) {
  std::map<std::string, std::string> owners;
  for (const auto& type : compiled.document_types) {
    for (std::size_t i = 0; i < type.schematrons.size(); ++i) {
      const std::string& owner = i < type.schematron_origins.size()
                                     ? type.schematron_origins[i].profile
                                     : type.origin.profile;
      for (const auto& pattern : type.schematrons[i]->patterns) {
        for (const auto& rule : pattern.rules) {
          for (const auto& assertion : rule.assertions) owners.emplace(assertion.id, owner);
        }
      }
    }
  }
  return owners;
}

/// Metadata of a rule the chain switched off (compiled.rules lists only those that can fire).
RuleInfo switched_off_rule(const std::string& id) {
  const rules::BuiltinRule* builtin = rules::find_builtin_rule(id);
  return builtin ? builtin->info : RuleInfo{id, Severity::kError, "", "", ""};
}

ProfileDoc::Rule rule_entry(const RuleInfo& info, const EffectiveRule& effective,
                            const std::map<std::string, std::string>& owners) {
  ProfileDoc::Rule out;
  out.id = info.id;
  out.severity = effective.enabled ? std::string(to_string(effective.severity)) : "off";
  out.title = collapse_whitespace(info.title);
  out.title_de = collapse_whitespace(info.title_de);
  out.source = info.source;
  auto owner = owners.find(info.id);
  out.origin = owner != owners.end() ? owner->second : "konform";
  if (effective.declared_by) out.set_by = effective.declared_by->profile;
  if (effective.floor) out.binding = to_string(*effective.floor);
  out.reason = collapse_whitespace(effective.reason);
  return out;
}

}  // namespace

ProfileDoc build_profile_doc(const std::vector<Profile>& chain, const CompiledProfile& compiled,
                             const std::string& as_of) {
  ProfileDoc doc;
  doc.as_of = as_of;
  for (std::size_t i = 0; i < chain.size() && i < compiled.profiles.size(); ++i) {
    doc.chain.push_back(profile_entry(chain[i], compiled.profiles[i]));
  }
  for (const auto& profile : chain) {
    for (const auto& type : profile.document_types) {
      doc.document_types.push_back(document_type_entry(profile, type, as_of));
    }
  }
  const auto owners = schematron_owners(compiled);
  const auto& policy = compiled.policy.rules();
  std::set<std::string> listed;
  for (const auto& rule : compiled.rules) {
    auto effective = policy.find(rule.id);
    if (effective == policy.end()) continue;
    doc.rules.push_back(rule_entry(rule, effective->second, owners));
    listed.insert(rule.id);
  }
  for (const auto& [id, effective] : policy) {
    if (effective.enabled || listed.count(id)) continue;
    doc.rules.push_back(rule_entry(switched_off_rule(id), effective, owners));
  }
  std::sort(doc.rules.begin(), doc.rules.end(),
            [](const ProfileDoc::Rule& a, const ProfileDoc::Rule& b) { return a.id < b.id; });
  if (compiled.codelists) {
    for (const auto* list : compiled.codelists->lists()) {
      const auto& identification = list->identification();
      doc.codelists.push_back({identification.canonical_uri, identification.version,
                               identification.short_name, list->xoev().valid_from,
                               owner_of(chain, fs::path(list->source_file()))});
    }
  }
  return doc;
}

}  // namespace konform
