// A SchemaSet is a compiled, sealed Xerces-C grammar pool (shared_grammar_pool.h): the XML Schemas
// of one document type, pre-parsed once (with full schema-constraint checking) and then shared
// read-only by every reader that validates against it. All imports and includes are resolved
// through a ResourcePolicy.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "validator/xml/resource_policy.h"

namespace xercesc_3_2 {
class XMLGrammarPool;
}

namespace konform::xml {

class SchemaSet {
 public:
  /// Compiles the schema rooted at `entry` (and everything it imports/includes).
  /// Throws ConfigError, located at the first schema error, when it does not compile.
  /// When `serialized` is not null it receives the grammars in Xerces-C's own serialized form
  /// (for the compiled-profile cache; read back with deserialize()). Only this very build may
  /// read them: the format is tied to the Xerces-C version and its serialization level
  /// (format_id()). They are taken before the pool is locked: Xerces-C 3.2 cannot read back a
  /// pool serialized while locked (it restores the lock flag before the string pool and then
  /// dereferences the locked pool's not yet created synchronized string pool).
  static std::shared_ptr<const SchemaSet> compile(const std::filesystem::path& entry,
                                                  const ResourcePolicy& policy,
                                                  std::string* serialized = nullptr);

  /// Compiles a schema held in memory (konform's own embedded schemas); `name` appears in errors.
  /// The schema may not import or include anything.
  static std::shared_ptr<const SchemaSet> compile_embedded(std::string_view xsd,
                                                           std::string_view name);

  /// Rebuilds a sealed, thread-ready set from compile()'s serialized bytes; `files` are the schema
  /// documents it was compiled from (files() of the original). Throws std::runtime_error when
  /// the bytes are not a grammar pool of this Xerces-C build. REQUIRES: the bytes come from a
  /// trusted place (Xerces does not harden its deserializer against crafted input).
  static std::shared_ptr<const SchemaSet> deserialize(std::string_view bytes,
                                                      std::vector<std::filesystem::path> files);

  /// What the serialized format depends on: the Xerces-C version and serialization level.
  static std::string format_id();

  ~SchemaSet();
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  /// The sealed pool, for readers. Sealed pools are safe to share between threads.
  xercesc_3_2::XMLGrammarPool* pool() const { return pool_.get(); }

  /// Every schema document that was read, canonical, in load order (for hashing and provenance).
  const std::vector<std::filesystem::path>& files() const { return files_; }

  /// The target namespaces of the grammars in the pool.
  const std::vector<std::string>& namespaces() const { return namespaces_; }

  /// Whether a global (top-level) element declaration of any grammar in the pool has this
  /// expanded name: an element that may be a document's root.
  bool declares_global_element(std::string_view namespace_uri, std::string_view local_name) const;

 private:
  SchemaSet();
  /// Sets namespaces_ and global_elements_ from the finished pool.
  void index_pool();
  std::unique_ptr<xercesc_3_2::XMLGrammarPool> pool_;
  std::vector<std::filesystem::path> files_;
  std::vector<std::string> namespaces_;
  std::set<std::string> global_elements_;  ///< "{namespace}local" (Clark notation)
};

}  // namespace konform::xml
