// The catalogue of a resolved profile chain, as `konform profile doc` shows it: plain data built
// once by the compile stage (validator/compile/profile_doc_builder.h) and rendered by pure
// functions (reports/profile_doc_renderers.h), which never see profiles or parsers. Paths are
// relative to the folder of the profile that names them, so the same profile documents to the
// same bytes wherever it is installed.
#pragma once

#include <string>
#include <vector>

namespace konform {

struct ProfileDoc {
  /// One profile of the chain, parents first.
  struct Profile {
    std::string id;
    std::string version;
    std::string level;
    std::string title;
    std::string publisher;
    std::string description;
    std::string valid_from;   ///< empty: open
    std::string valid_to;     ///< empty: open
    std::string sha256;       ///< over the manifest and every artefact it names
    std::string extends;      ///< "id range" of each parent, comma-separated; empty for a root
    std::string replaced_by;  ///< set when deprecated ("" and deprecated: no successor named)
    bool deprecated = false;
  };

  struct DocumentType {
    std::string id;
    std::string title;
    std::string profile;  ///< the profile that defines it
    std::string match_namespace;
    std::string match_local_name;
    std::string match_condition;           ///< XPath; empty when matching by root element only
    std::string schema;                    ///< entry XSD; empty: well-formedness only
    std::vector<std::string> schematrons;  ///< rule sets (with "#phase" when one is chosen)
    std::string valid_from;
    std::string valid_to;
    bool applies = true;  ///< at the catalogue's date
  };

  struct Rule {
    std::string id;
    std::string severity;  ///< effective: error | warning | info | off
    std::string title;     ///< English (Schematron rules: the assertion's text, as written)
    std::string title_de;  ///< German, where the rule has it
    std::string source;    ///< specification clause or artefact (file:line)
    std::string origin;   ///< where the rule comes from: "konform" or the profile with the rule set
    std::string set_by;   ///< the profile whose <rule> gave it this severity; empty: default
    std::string binding;  ///< the floor profiles below may not go under; empty: none
    std::string reason;   ///< why it was lowered or switched off
  };

  struct CodeList {
    std::string uri;
    std::string version;
    std::string name;        ///< short name
    std::string valid_from;  ///< from the XÖV metadata; empty when the list does not say
    std::string profile;     ///< the profile that carries it
  };

  std::string as_of;  ///< the date the chain was resolved at
  std::vector<Profile> chain;
  std::vector<DocumentType> document_types;
  std::vector<Rule> rules;  ///< sorted by id
  std::vector<CodeList> codelists;
};

}  // namespace konform
