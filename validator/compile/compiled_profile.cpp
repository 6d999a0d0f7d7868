#include "validator/compile/compiled_profile.h"

#include <algorithm>
#include <map>
#include <set>

#include "validator/codelist/code_check_sink.h"
#include "validator/compile/schema_cache.h"
#include "validator/core/config_error.h"
#include "validator/core/did_you_mean.h"
#include "validator/profile/artefact_hash.h"
#include "validator/profile/embedded_schemas.h"
#include "validator/rules/registry.h"
#include "validator/schematron/compiler.h"
#include "validator/schematron/findings.h"
#include "validator/schematron/schema_error.h"
#include "validator/xml/catalog.h"
#include "validator/xml/schema_code_lists.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

/// A compiled schema set and every file read to build it: the schema documents, and each catalog
/// with the catalogs it chains to.
struct SchemaSlot {
  std::shared_ptr<const xml::SchemaSet> set;
  std::vector<fs::path> files;
};

/// Loads the type's catalogs; a catalog may chain only to catalogs inside the profile's folders.
std::vector<std::shared_ptr<const xml::Catalog>> load_catalogs(const Profile& profile,
                                                               const DocumentType& type) {
  std::vector<std::shared_ptr<const xml::Catalog>> catalogs;
  const xml::ResourcePolicy roots(profile.roots, {});
  for (const auto& file : type.catalogs) {
    auto catalog = xml::Catalog::load(file);
    for (const auto& chained : catalog->files()) {
      if (!profile.manifest.empty() && !roots.is_inside_roots(chained)) {
        throw ConfigError("catalog " + file.string() + " chains to " + chained.string() +
                              ", outside the profile folder " + profile.dir.string(),
                          file.string());
      }
    }
    catalogs.push_back(std::move(catalog));
  }
  return catalogs;
}

SchemaSlot compile_schema(const Profile& profile, const DocumentType& type,
                          const cache::Store* store) {
  if (!type.builtin_schema.empty()) {
    // Only one builtin exists; the manifest schema enumerates the names.
    return {xml::SchemaSet::compile_embedded(embedded::service_definition_1_xsd,
                                             "service-definition-1.xsd"),
            {}};
  }
  try {
    xml::ResourcePolicy policy(
        profile.roots, load_catalogs(profile, type),
        profile.trusts_local_files ? xml::Reach::kLocalFileSystem : xml::Reach::kInsideRoots);
    SchemaSlot slot{compile_schema_cached(type.schema, policy, store), {}};
    slot.files = slot.set->files();
    for (const auto& catalog : policy.catalogs()) {
      slot.files.insert(slot.files.end(), catalog->files().begin(), catalog->files().end());
    }
    return slot;
  } catch (const ConfigError& e) {
    // Ad-hoc mode has no manifest: its one document type and profile are names the user never
    // wrote, so they would only lengthen the message.
    if (profile.manifest.empty()) throw;
    throw ConfigError(
        "document type '" + type.id + "' of profile '" + profile.id + "': " + e.what(), e.file(),
        e.line(), e.column());
  }
}

/// Whether two profiles of a chain are versions of one id selected side by side: each checks
/// its own inputs, so neither's document types, bindings or rule declarations reach the other's.
bool side_by_side(const Profile& a, const Profile& b) {
  return a.id == b.id && a.version != b.version;
}

/// The chain as `profile`'s inputs see it: without the other versions of its id.
std::vector<Profile> lane_of(const std::vector<Profile>& chain, const Profile& profile) {
  std::vector<Profile> lane;
  for (const auto& other : chain) {
    if (!side_by_side(other, profile)) lane.push_back(other);
  }
  return lane;
}

/// A code binding and the profile that declares it.
struct DeclaredBinding {
  const Profile* owner;
  CodeBindingDeclaration binding;
};

/// The lists the schemas name first, then the profiles' declarations, which win (but for those of
/// another version of the type's own profile).
std::shared_ptr<const codelist::CodeBindingTable> bindings_for(
    const CompiledDocumentType& type, const Profile& profile,
    const std::vector<DeclaredBinding>& declared) {
  auto table = std::make_shared<codelist::CodeBindingTable>();
  if (type.schemas) {
    for (const auto& named : xml::code_lists_named_by_schema(*type.schemas).bindings) {
      table->bind(named.namespace_uri, named.local_name,
                  {named.list_uri, named.list_version, named.code_column});
    }
  }
  for (const auto& [owner, binding] : declared) {
    if (side_by_side(*owner, profile)) continue;
    table->bind(binding.namespace_uri, binding.local_name,
                {binding.list_uri, binding.list_version, binding.code_column});
  }
  return table;
}

/// Every profile's code bindings; a profile may add bindings, not change one made above it.
std::vector<DeclaredBinding> declared_bindings(const std::vector<Profile>& chain) {
  std::vector<DeclaredBinding> all;
  std::map<std::string, const Profile*> owner;
  for (const auto& profile : chain) {
    for (const auto& binding : profile.code_bindings) {
      const std::string key = "{" + binding.namespace_uri + "}" + binding.local_name;
      auto [it, added] = owner.emplace(key, &profile);
      if (!added && !side_by_side(*it->second, profile)) {
        throw ConfigError("code binding of " + key + " in profile " + profile.id +
                              " would replace the one profile " + it->second->id + " makes",
                          profile.manifest.string());
      }
      all.push_back({&profile, binding});
    }
  }
  return all;
}

/// A rule's title from its Schematron message: the literal words, whitespace collapsed, each
/// computed part (value-of, name) shown as "…" so the sentence never reads as if the value were
/// empty ("Die Lizenz '…' ist kein SPDX-Lizenzausdruck", not "Die Lizenz ''"). Never cut: a
/// title is a whole sentence.
std::string literal_text(const schematron::Message& message) {
  std::string text;
  for (const auto& part : message) {
    if (part.expression) {
      text += "\u2026";
      continue;
    }
    for (char c : part.text) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (space && (text.empty() || text.back() == ' ')) continue;
      text += space ? ' ' : c;
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  // A message made only of computed parts has no words to be a title.
  const bool has_words = std::any_of(message.begin(), message.end(), [](const auto& part) {
    return !part.expression && part.text.find_first_not_of(" \t\r\n") != std::string::npos;
  });
  return has_words ? text : std::string();
}

/// Where an assertion without @see is written: file and line, after the rule set's name when
/// that says more than the file's (the name defaults to the file, which then stood twice).
std::string place_of(const schematron::Schema& schema, const schematron::Assertion& assertion) {
  const std::string place = assertion.source.file + ":" + std::to_string(assertion.source.line);
  return schema.name == assertion.source.file ? place : schema.name + " (" + place + ")";
}

/// The title a rule has without a declared one: the literal words of its message (English) and
/// of its German diagnostic, each computed part shown as "…"; never empty.
RuleInfo title_from_messages(const schematron::Schema& schema,
                             const schematron::Assertion& assertion) {
  RuleInfo rule;
  // The id is listed with the title already; XRechnung's texts begin with it.
  rule.title = schematron::without_id_prefix(literal_text(assertion.message), assertion.id);
  for (std::size_t d : assertion.diagnostics) {
    const auto& diagnostic = schema.diagnostics[d];
    if (diagnostic.lang == "de" || diagnostic.lang.starts_with("de-"))
      rule.title_de = schematron::without_id_prefix(literal_text(diagnostic.message), assertion.id);
  }
  if (rule.title.empty()) {
    rule.title =
        "Schematron " +
        std::string(assertion.kind == schematron::AssertionKind::kAssert ? "assert" : "report") +
        " " + assertion.id;
  }
  return rule;
}

/// Every rule konform knows: the built-in ones (code-list rules among them) and the assertions of
/// the compiled Schematron rule sets (an id used by several assertions is one rule). A rule's
/// title in each language is the one its assertions declare (konform:title, konform:title-de; the
/// first that declares it); only where none does, the words of its first assertion's message.
std::vector<RuleInfo> known_rules(const std::vector<CompiledDocumentType>& types) {
  std::vector<RuleInfo> rules;
  for (const auto& rule : rules::builtin_rules()) rules.push_back(rule.info);
  std::set<std::string> builtin;
  for (const auto& rule : rules) builtin.insert(rule.id);
  std::map<std::string, RuleInfo> declared;   // Schematron rules by id, declared titles only
  std::map<std::string, RuleInfo> fallbacks;  // their titles from the first message
  for_each_assertion(
      types, [&](const schematron::Schema& schema, const schematron::Assertion& assertion) {
        if (builtin.count(assertion.id) > 0) return;
        auto [it, added] = declared.try_emplace(assertion.id);
        RuleInfo& info = it->second;
        if (added) {
          info.id = assertion.id;
          info.default_severity = assertion.severity;
          info.source = assertion.see.empty() ? place_of(schema, assertion) : assertion.see;
          fallbacks.emplace(assertion.id, title_from_messages(schema, assertion));
        }
        if (info.title.empty()) info.title = assertion.title;
        if (info.title_de.empty()) info.title_de = assertion.title_de;
      });
  for (auto& [id, info] : declared) {
    if (info.title.empty()) info.title = fallbacks.at(id).title;
    if (info.title_de.empty()) info.title_de = fallbacks.at(id).title_de;
    rules.push_back(std::move(info));
  }
  std::sort(rules.begin(), rules.end(),
            [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  return rules;
}

std::shared_ptr<const schematron::Schema> compile_rules(const Profile& profile,
                                                        const DocumentType::Schematron& source) {
  schematron::CompileOptions options;
  // Includes may not leave the profile (ad-hoc: the folder the rule set was allowed from).
  options.root =
      profile.manifest.empty() && !profile.roots.empty() ? profile.roots.back() : profile.dir;
  // The outermost allowed folder that holds the rule set (XRechnung's rule sets include
  // ../common.sch from a sibling folder).
  std::size_t shortest = SIZE_MAX;
  for (const auto& root : profile.roots) {
    auto [end, ignored] =
        std::mismatch(root.begin(), root.end(), source.file.begin(), source.file.end());
    const auto depth = static_cast<std::size_t>(std::distance(root.begin(), root.end()));
    if (end == root.end() && depth < shortest) {
      options.root = root;
      shortest = depth;
    }
  }
  if (profile.trusts_local_files) options.includes = schematron::Includes::kLocalFileSystem;
  options.phase = source.phase;
  options.name = source.file.lexically_relative(options.root).generic_string();
  try {
    return schematron::compile_schema(source.file, options);
  } catch (const schematron::SchemaError& e) {
    // e.what() already reads "file:line:col: code: message".
    const std::string of_profile =
        profile.manifest.empty() ? "" : " of profile '" + profile.id + "'";
    throw ConfigError("Schematron rule set" + of_profile + " does not compile: " + e.what());
  }
}

/// The match condition, compiled against the namespaces in scope on <match>; a syntax error,
/// unknown function or unbound prefix is a ConfigError at the manifest line.
std::shared_ptr<const MatchCondition> compile_condition(const Profile& profile,
                                                        const DocumentType& type) {
  if (type.match.condition.empty()) return nullptr;
  auto condition = std::make_shared<MatchCondition>();
  condition->statics = std::make_unique<xpath::StaticContext>();
  for (const auto& [prefix, uri] : type.match.condition_namespaces) {
    condition->statics->declare_namespace(prefix, uri);
  }
  try {
    condition->expression = xpath::compile(type.match.condition, *condition->statics);
    return condition;
  } catch (const xpath::Error& e) {
    throw ConfigError("match condition of document type '" + type.id +
                          "' does not compile: " + e.what() + " in '" + type.match.condition + "'",
                      profile.manifest.string(), type.match.line);
  }
}

/// The chain's rule policy, and each document type's where it differs: a version selected side
/// by side merges the declarations of its own lane (the chain without the id's other versions),
/// and a type's own <rule>s go on top of its lane's. The chain's is the first versions' lane.
/// Inactive types' declarations are checked too (a bad one is an error whatever the date).
void merge_policies(const std::vector<Profile>& profiles, const std::vector<RuleInfo>& known,
                    const std::string& as_of, CompiledProfile& compiled) {
  std::vector<Profile> first_versions;
  for (const auto& profile : profiles) {
    const bool later_version =
        std::any_of(first_versions.begin(), first_versions.end(),
                    [&](const Profile& earlier) { return side_by_side(earlier, profile); });
    if (!later_version) first_versions.push_back(profile);
  }
  compiled.policy = RulePolicy::merge(first_versions, known, as_of);
  for (const auto& profile : profiles) {
    const bool first = std::any_of(first_versions.begin(), first_versions.end(),
                                   [&](const Profile& p) { return p.dir == profile.dir; });
    std::shared_ptr<const RulePolicy> lane;
    if (!first) {
      lane = std::make_shared<const RulePolicy>(
          RulePolicy::merge(lane_of(profiles, profile), known, as_of));
    }
    for (const auto& type : profile.document_types) {
      std::shared_ptr<const RulePolicy> policy = lane;
      if (!type.rules.empty()) {
        policy = std::make_shared<const RulePolicy>(
            (lane ? *lane : compiled.policy).for_document_type(profile, type, as_of));
      }
      if (!policy) continue;
      for (auto& out : compiled.document_types) {
        if (out.id == type.id && out.origin.profile == profile.id &&
            out.origin.version == profile.version)
          out.policy = policy;
      }
    }
  }
}

}  // namespace

void for_each_assertion(
    const std::vector<CompiledDocumentType>& types,
    const std::function<void(const schematron::Schema&, const schematron::Assertion&)>& visit) {
  std::set<const schematron::Schema*> done;
  for (const auto& type : types) {
    for (const auto& schema : type.schematrons) {
      if (!done.insert(schema.get()).second) continue;
      for (const auto& pattern : schema->patterns) {
        for (const auto& rule : pattern.rules) {
          for (const auto& assertion : rule.assertions) visit(*schema, assertion);
        }
      }
    }
  }
}

CompiledProfile compile_profiles(const std::vector<Profile>& profiles, const std::string& as_of,
                                 const cache::Store* store) {
  CompiledProfile compiled;
  const auto bindings = declared_bindings(profiles);
  std::map<std::string, const Profile*> document_type_owner;
  codelist::CodeListStore::Builder codelists;
  bool any_codelists = false;
  for (const auto& profile : profiles) {
    for (const auto& source : profile.codelists) {
      codelists.add(source);
      any_codelists = true;
    }
  }
  if (any_codelists) {
    compiled.codelists = std::make_shared<const codelist::CodeListStore>(codelists.build());
  }
  // Key: entry schema + catalogs; several document types often share one schema set.
  std::map<std::vector<fs::path>, SchemaSlot> cache;
  std::map<std::string, std::shared_ptr<const schematron::Schema>> schematron_cache;
  for (const auto& profile : profiles) {
    std::vector<fs::path> artefacts;
    if (!profile.manifest.empty()) artefacts.push_back(profile.manifest);
    for (const auto& source : profile.codelists) {
      auto files = codelist::genericode_files(source);
      artefacts.insert(artefacts.end(), files.begin(), files.end());
    }
    for (const auto& type : profile.document_types) {
      auto [owner, added] = document_type_owner.emplace(type.id, &profile);
      if (!added && !side_by_side(*owner->second, profile)) {
        throw ConfigError("document type '" + type.id + "' of profile " + profile.id +
                              " is already defined by profile " + owner->second->id +
                              "; a profile may add document types, not redefine them",
                          profile.manifest.string());
      }
      // Compiled whether or not the type applies today: a bad condition is a profile error.
      auto condition = compile_condition(profile, type);
      // Document types that do not apply at the validation date are left out of matching.
      if (!type.validity.applies_on(as_of)) {
        compiled.inactive_document_types.push_back(
            {type.id, type.match, Origin{profile.id, profile.version, profile.level},
             type.validity});
        continue;
      }
      CompiledDocumentType out;
      out.id = type.id;
      out.match = type.match;
      out.origin = Origin{profile.id, profile.version, profile.level};
      out.condition = std::move(condition);
      out.validity = type.validity;
      out.standard = type.standard;
      if (type.standard) compiled.standards.push_back(*type.standard);
      if (!type.builtin_schema.empty()) {
        auto& slot = cache[{fs::path("builtin:" + type.builtin_schema)}];
        if (!slot.set) slot = compile_schema(profile, type, store);
        out.schemas = slot.set;
        out.schema_display = "konform:" + type.builtin_schema;
      } else if (!type.schema.empty()) {
        std::vector<fs::path> key{type.schema};
        key.insert(key.end(), type.catalogs.begin(), type.catalogs.end());
        auto& slot = cache[key];
        if (!slot.set) slot = compile_schema(profile, type, store);
        out.schemas = slot.set;
        out.schema_display = type.schema.string();
        artefacts.insert(artefacts.end(), slot.files.begin(), slot.files.end());
      }
      for (const auto& rules : type.schematrons) {
        auto key = rules.file.string() + "#" + rules.phase;
        auto& slot = schematron_cache[key];
        if (!slot) slot = compile_rules(profile, rules);
        out.schematrons.push_back(slot);
        out.schematron_origins.push_back(out.origin);
        artefacts.insert(artefacts.end(), slot->files.begin(), slot->files.end());
      }
      if (compiled.codelists) {
        out.code_bindings = bindings_for(out, profile, bindings);
        // A binding naming a column its list lacks is a profile error: find it now, not per input.
        codelist::CodeCheckSink probe(*compiled.codelists,
                                      {false, std::nullopt, out.code_bindings.get()});
      }
      compiled.document_types.push_back(std::move(out));
    }
    compiled.standards.insert(compiled.standards.end(), profile.standards.begin(),
                              profile.standards.end());
    for (const auto& added : profile.added_rules) {
      auto owner = document_type_owner.find(added.document_type);
      if (owner == document_type_owner.end() || owner->second == &profile) {
        std::vector<std::string> above;
        for (const auto& [id, definer] : document_type_owner) {
          if (definer != &profile) above.push_back(id);
        }
        const std::string suggestion = did_you_mean(added.document_type, above);
        throw ConfigError("<addRules> of profile " + profile.id + " names document type '" +
                              added.document_type + "', which no profile above it defines; " +
                              (suggestion.empty() ? "" : suggestion + " Or ") +
                              "define it with <documentType> or add rules to a parent's type",
                          profile.manifest.string(), added.line);
      }
      auto target =
          std::find_if(compiled.document_types.begin(), compiled.document_types.end(),
                       [&](const CompiledDocumentType& t) { return t.id == added.document_type; });
      for (const auto& rules : added.schematrons) {
        // The type may not apply at the validation date; its rules are still compiled, so a
        // broken rule set is found whatever the date.
        auto key = rules.file.string() + "#" + rules.phase;
        auto& slot = schematron_cache[key];
        if (!slot) slot = compile_rules(profile, rules);
        artefacts.insert(artefacts.end(), slot->files.begin(), slot->files.end());
        if (target == compiled.document_types.end()) continue;
        target->schematrons.push_back(slot);
        target->schematron_origins.push_back(Origin{profile.id, profile.version, profile.level});
      }
    }
    // Ad-hoc profiles live in the working folder; hash relative to the root that holds them.
    const fs::path base =
        profile.manifest.empty() && !profile.roots.empty() ? profile.roots.front() : profile.dir;
    auto digests = digest_artefacts(artefacts, base);
    compiled.profiles.push_back(ProfileSummary{profile.id, profile.version, profile.level,
                                               sha256_of_digests(digests), profile.publisher});
    compiled.artefacts.push_back(std::move(digests));
  }
  const auto known = known_rules(compiled.document_types);
  merge_policies(profiles, known, as_of, compiled);
  // The report lists the rules that can fire in this run, with their effective severity.
  const bool any_schematron =
      std::any_of(compiled.document_types.begin(), compiled.document_types.end(),
                  [](const CompiledDocumentType& t) { return !t.schematrons.empty(); });
  // Only ad-hoc mode with several schemas matches inputs by the schemas' global elements.
  const bool by_schema_roots = matches_by_schema_roots(compiled);
  for (const auto& rule : known) {
    const bool is_codelist_rule = rules::stage_of(rule.id) == Stage::kCodelist;
    if (is_codelist_rule && !compiled.codelists) continue;
    if (rules::is(rule, rules::kSchematronEvaluationError) && !any_schematron) continue;
    if ((rules::is(rule, rules::kSchemaRootUnmatched) ||
         rules::is(rule, rules::kSchemaRootAmbiguous)) &&
        !by_schema_roots)
      continue;
    // Fires only when a waiver file is applied; the waive stage lists it then.
    if (rules::is(rule, rules::kWaiverExpired)) continue;
    const auto& effective = compiled.policy.rules().at(rule.id);
    if (!effective.enabled) continue;
    RuleInfo listed = rule;
    listed.default_severity = effective.severity;
    compiled.rules.push_back(std::move(listed));
  }
  return compiled;
}

bool matches_by_schema_roots(const CompiledProfile& profile) {
  return std::any_of(
      profile.document_types.begin(), profile.document_types.end(),
      [](const CompiledDocumentType& type) { return type.match.root_declared_by_schema; });
}

}  // namespace konform
