// A Profile is one loaded manifest: identity, the document types it defines and the artefacts
// they use, with every path already checked to lie inside the profile's folder. Loading reads
// and validates; it does not compile schemas (that is the compile stage).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace konform {

/// Which inputs a document type applies to: the root element's expanded name.
struct DocumentMatch {
  std::string namespace_uri;
  std::string local_name;
  bool any_root = false;  ///< the ad-hoc profile's single document type takes every input
  /// Ad-hoc mode with several schemas: the type takes the inputs whose root element its schema
  /// declares globally (matches() cannot tell; the document matcher asks the compiled schema).
  bool root_declared_by_schema = false;
  /// Optional XPath 2.0 expression over the whole document (context item: the document node),
  /// for document types that share a root element; its effective boolean value decides.
  std::string condition;
  /// The prefixes the condition may use: the namespaces in scope on the manifest's <match>.
  std::vector<std::pair<std::string, std::string>> condition_namespaces;
  int line = 0;  ///< the manifest line of <match>, for errors in the condition

  bool matches(std::string_view ns, std::string_view local) const {
    return any_root || (ns == namespace_uri && local == local_name);
  }
};

/// A date range in which something applies; empty strings are open ends (ISO dates YYYY-MM-DD
/// compare correctly as strings).
struct Validity {
  std::string from;  ///< first day it applies
  std::string to;    ///< last day it applies

  bool applies_on(const std::string& date) const {
    return date.empty() || ((from.empty() || from <= date) && (to.empty() || date <= to));
  }
  friend bool operator==(const Validity&, const Validity&) = default;
};

/// A message standard and version (e.g. XBau 2.6) that a profile allows service definitions to
/// declare; document types name the one they implement.
struct StandardVersion {
  std::string name;
  std::string version;
  Validity validity;
  friend bool operator==(const StandardVersion&, const StandardVersion&) = default;
};

/// What a profile says about one rule (manifest <rule>): it may set or raise its severity, mark
/// it overridable for profiles below, or — only where a parent allowed it, with a reason —
/// lower its severity or switch it off. Merge rules: profiles/README.md.
struct RuleDeclaration {
  std::string rule_id;
  std::string severity;  ///< error | warning | info; empty: unchanged
  std::optional<bool> enabled;
  bool overridable = false;
  std::string reason;
  Validity validity;
  int line = 0;
};

struct DocumentType {
  std::string id;
  std::string title;
  Validity validity;
  DocumentMatch match;
  std::optional<StandardVersion> standard;  ///< the standard this type implements, if declared
  std::filesystem::path schema;             ///< entry XSD (canonical); empty: well-formedness only
  /// One of konform's own schemas compiled into the program ("service-definition-1"); used
  /// instead of `schema` when set.
  std::string builtin_schema;
  std::vector<std::filesystem::path> catalogs;  ///< OASIS catalogs (canonical)
  /// ISO Schematron rule sets (queryBinding xslt2) and the phase to run ("" = the default).
  struct Schematron {
    std::filesystem::path file;
    std::string phase;
  };
  std::vector<Schematron> schematrons;
  /// Rule declarations for inputs of this type only (<documentType><rule>), applied over the
  /// chain's: a KoSIT scenario's <customLevel> sets severities per scenario, not per profile.
  std::vector<RuleDeclaration> rules;
};

/// Schematron rule sets a profile adds to a document type defined above it (<addRules>).
struct AddedRules {
  std::string document_type;
  std::vector<DocumentType::Schematron> schematrons;
  int line = 0;
};

/// A profile's declaration that a code-kind element uses a given list (manifest <codeBinding>).
struct CodeBindingDeclaration {
  std::string namespace_uri;
  std::string local_name;
  std::string list_uri;
  std::string list_version;  ///< empty: the message names the version
  std::string code_column;   ///< empty: the schema's genutzteCodeSpalte or the list's key
};

/// A reference to a parent profile: its id and the versions acceptable (a VersionRange).
struct ProfileReference {
  std::string id;
  std::string version_range;  ///< empty: any version
  int line = 0;               ///< where the manifest says it
};

struct Profile {
  std::string id;
  std::string version;
  std::string level;  ///< federal | state | municipal | other
  std::string title;
  std::string publisher;
  std::string description;  ///< as written in the manifest; empty when it has none
  Validity validity;
  bool deprecated = false;
  std::string replaced_by;         ///< id of the profile that replaces a deprecated one
  std::filesystem::path dir;       ///< canonical folder; every artefact lies inside it
  std::filesystem::path manifest;  ///< canonical path of profile.xml; empty for ad-hoc profiles
  std::vector<ProfileReference> extends;
  std::vector<DocumentType> document_types;
  std::vector<AddedRules> added_rules;
  std::vector<StandardVersion> standards;  ///< standards allowed besides the document types'
  /// Genericode files and folders of them (canonical, inside the profile).
  std::vector<std::filesystem::path> codelists;
  std::vector<CodeBindingDeclaration> code_bindings;
  std::vector<RuleDeclaration> rules;
  /// Folders whose files the profile's schemas may read: its own folder, for ad-hoc profiles the
  /// folders the user named (which then only name files: see trusts_local_files).
  std::vector<std::filesystem::path> roots;
  /// Ad-hoc mode: the artefacts were named on the command line, so they are trusted as xmllint's
  /// arguments are — their includes and imports may lead anywhere on the local file system
  /// (catalogs first; the network never). False for profiles, which stay inside `roots`.
  bool trusts_local_files = false;
};

}  // namespace konform
