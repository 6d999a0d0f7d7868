#include "validator/profilediff/profile_snapshot.h"

#include "validator/codelist/code_list_store.h"
#include "validator/compile/profile_doc_builder.h"
#include "validator/core/xml_space.h"
#include "validator/schematron/schema.h"

namespace konform::profilediff {
namespace fs = std::filesystem;

namespace {

std::string relative_to(const fs::path& file, const fs::path& dir) {
  return file.lexically_relative(dir).generic_string();
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out;
}

std::string validity_text(const Validity& validity) {
  if (validity.from.empty() && validity.to.empty()) return "";
  return (validity.from.empty() ? "" : "from " + validity.from) +
         (validity.from.empty() || validity.to.empty() ? "" : " ") +
         (validity.to.empty() ? "" : "to " + validity.to);
}

std::string schematron_text(const DocumentType::Schematron& rules, const fs::path& dir) {
  return relative_to(rules.file, dir) + (rules.phase.empty() ? "" : "#" + rules.phase);
}

/// Every document type of the chain with the rule sets profiles below it add (<addRules>):
/// a rule set moving between profiles changes what runs, so it is part of the type.
std::map<std::string, Fields> document_types_of(const std::vector<Profile>& chain) {
  std::map<std::string, std::vector<std::string>> added;
  for (const auto& profile : chain) {
    for (const auto& rules : profile.added_rules) {
      for (const auto& schematron : rules.schematrons) {
        added[rules.document_type].push_back(schematron_text(schematron, profile.dir) +
                                             " (added by " + profile.id + ")");
      }
    }
  }
  std::map<std::string, Fields> types;
  for (const auto& profile : chain) {
    for (const auto& type : profile.document_types) {
      std::vector<std::string> schematrons;
      for (const auto& rules : type.schematrons) {
        schematrons.push_back(schematron_text(rules, profile.dir));
      }
      const auto& more = added[type.id];
      schematrons.insert(schematrons.end(), more.begin(), more.end());
      const std::string root =
          type.match.any_root ? "*" : "{" + type.match.namespace_uri + "}" + type.match.local_name;
      types[type.id] = {{"root", root},
                        {"condition", type.match.condition},
                        {"schema", !type.builtin_schema.empty() ? "built-in " + type.builtin_schema
                                   : type.schema.empty()        ? ""
                                                         : relative_to(type.schema, profile.dir)},
                        {"schematron", joined(schematrons)},
                        {"validity", validity_text(type.validity)},
                        {"profile", profile.id}};
    }
  }
  return types;
}

/// A Schematron message as written: literal text with its white space collapsed, each computed
/// part as {its XPath}, so a changed value-of is a changed message too.
std::string message_text(const schematron::Message& message) {
  std::string text;
  for (const auto& part : message) {
    text += part.expression ? "{" + part.expression->text() + "}" : part.text;
  }
  return collapse_whitespace(text);
}

/// What a Schematron assertion adds to its rule's fields: where it applies, what it tests and
/// its messages (the first assertion with an id counts, as the compile stage lists it once).
struct AssertionText {
  std::string origin;  ///< the profile whose rule set holds it (<addRules> included)
  std::string context;
  std::string test;
  std::string message;
  std::string message_de;
};

std::map<std::string, AssertionText> assertion_texts(const CompiledProfile& compiled) {
  std::map<std::string, AssertionText> texts;
  for (const auto& type : compiled.document_types) {
    for (std::size_t i = 0; i < type.schematrons.size(); ++i) {
      const auto& schema = type.schematrons[i];
      for (const auto& pattern : schema->patterns) {
        for (const auto& rule : pattern.rules) {
          for (const auto& assertion : rule.assertions) {
            if (texts.count(assertion.id)) continue;
            AssertionText text;
            text.origin = i < type.schematron_origins.size() ? type.schematron_origins[i].profile
                                                             : type.origin.profile;
            text.context = rule.context.text();
            text.test =
                (assertion.kind == schematron::AssertionKind::kAssert ? "assert " : "report ") +
                assertion.test.text();
            text.message = message_text(assertion.message);
            for (std::size_t d : assertion.diagnostics) {
              const auto& diagnostic = schema->diagnostics[d];
              if (diagnostic.lang == "de" || diagnostic.lang.starts_with("de-")) {
                text.message_de = message_text(diagnostic.message);
              }
            }
            texts.emplace(assertion.id, std::move(text));
          }
        }
      }
    }
  }
  return texts;
}

std::map<std::string, Fields> rules_of(const std::vector<Profile>& chain,
                                       const CompiledProfile& compiled) {
  const auto texts = assertion_texts(compiled);
  std::map<std::string, Fields> rules;
  for (const auto& rule : build_profile_doc(chain, compiled, "").rules) {
    auto text = texts.find(rule.id);
    const bool schematron = text != texts.end();
    rules[rule.id] = {{"severity", rule.severity},
                      {"origin", schematron ? text->second.origin : rule.origin},
                      {"context", schematron ? text->second.context : ""},
                      {"test", schematron ? text->second.test : ""},
                      {"message", schematron ? text->second.message : rule.title},
                      {"message-de", schematron ? text->second.message_de : rule.title_de}};
  }
  return rules;
}

std::map<std::string, CodeListSnapshot> codelists_of(const CompiledProfile& compiled) {
  std::map<std::string, CodeListSnapshot> lists;
  if (!compiled.codelists) return lists;
  for (const auto* list : compiled.codelists->lists()) {
    CodeListSnapshot snapshot;
    snapshot.version = list->identification().version;
    if (const auto column = list->code_column()) {
      for (codelist::CodeList::RowIndex row = 0; row < list->row_count(); ++row) {
        if (const auto code = list->value(row, *column)) snapshot.codes.emplace(*code);
      }
    }
    // The store orders by (URI, version): the last version of a URI overwrites the others.
    lists[list->identification().canonical_uri] = std::move(snapshot);
  }
  return lists;
}

/// What each file a profile's hash covers is, by what names it: the manifest, a catalog, a code
/// list, a Schematron file (or one it includes), else by extension.
std::map<fs::path, std::string> artefact_kinds(const std::vector<Profile>& chain,
                                               const CompiledProfile& compiled) {
  std::map<fs::path, std::string> kinds;
  for (const auto& type : compiled.document_types) {
    for (const auto& schema : type.schematrons) {
      for (const auto& file : schema->files) kinds[file] = "schematron";
    }
  }
  for (const auto& profile : chain) {
    kinds[profile.manifest] = "manifest";
    for (const auto& type : profile.document_types) {
      for (const auto& catalog : type.catalogs) kinds[catalog] = "catalog";
    }
    for (const auto& codelists : profile.codelists) {
      for (const auto& file : codelist::genericode_files(codelists)) kinds[file] = "codelist";
    }
  }
  return kinds;
}

std::string kind_of(const fs::path& file, const std::map<fs::path, std::string>& kinds) {
  if (auto known = kinds.find(file); known != kinds.end()) return known->second;
  if (file.extension() == ".xsd") return "schema";
  if (file.extension() == ".sch") return "schematron";
  return "other";
}

}  // namespace

ProfileSnapshot snapshot_of(const std::vector<Profile>& chain, const CompiledProfile& compiled) {
  ProfileSnapshot snapshot;
  snapshot.id = chain.back().id;
  snapshot.version = chain.back().version;
  snapshot.sha256 = compiled.profiles.back().sha256;
  snapshot.document_types = document_types_of(chain);
  snapshot.rules = rules_of(chain, compiled);
  snapshot.codelists = codelists_of(compiled);
  const auto kinds = artefact_kinds(chain, compiled);
  for (std::size_t i = 0; i < chain.size() && i < compiled.artefacts.size(); ++i) {
    for (const auto& digest : compiled.artefacts[i]) {
      const fs::path file = (chain[i].dir / digest.path).lexically_normal();
      snapshot.artefacts[{chain[i].id, digest.path}] = {kind_of(file, kinds), digest.sha256};
    }
  }
  return snapshot;
}

}  // namespace konform::profilediff
