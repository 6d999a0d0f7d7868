#include "validator/xml/schema_set.h"

#include <xercesc/framework/BinOutputStream.hpp>
#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/util/BinMemInputStream.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/util/XercesVersion.hpp>
#include <xercesc/validators/common/Grammar.hpp>
#include <xercesc/validators/schema/SchemaGrammar.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <stdexcept>

#include "validator/core/config_error.h"
#include "validator/xml/concurrent_regex.h"
#include "validator/xml/hardening.h"
#include "validator/xml/shared_grammar_pool.h"
#include "validator/xml/utf.h"
#include "validator/xml/xerces_platform.h"

namespace konform::xml {
namespace fs = std::filesystem;
using namespace xercesc;

namespace {

struct SchemaError {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
};

/// Collects schema errors; warnings (e.g. duplicate imports that Xerces merges) are ignored.
class SchemaErrorCollector : public DefaultHandler {
 public:
  void error(const SAXParseException& e) override { add(e); }
  void fatalError(const SAXParseException& e) override { add(e); }
  void warning(const SAXParseException&) override {}

  /// A location konform refused to read (`reference`, named in `file` at line:column): Xerces
  /// gets an empty stand-in for it.
  void add_refusal(std::string file, std::string message, int line = 0, int column = 0,
                   std::string reference = {}) {
    errors.push_back({std::move(file), line, column, std::move(message)});
    if (!reference.empty()) refused_.push_back({errors.back(), std::move(reference)});
  }
  std::vector<SchemaError> errors;

 private:
  struct Refused {
    SchemaError at;
    std::string reference;
  };
  void add(const SAXParseException& e) {
    SchemaError error{to_utf8(e.getSystemId()), static_cast<int>(e.getLineNumber()),
                      static_cast<int>(e.getColumnNumber()), to_utf8(e.getMessage())};
    if (follows_from_a_refusal(error)) return;
    errors.push_back(std::move(error));
  }
  /// What Xerces says about the empty stand-in ("invalid document structure" in it, "fatal
  /// error during schema scan" at the import) only repeats the refusal, less clearly.
  bool follows_from_a_refusal(const SchemaError& error) const {
    for (const Refused& refused : refused_) {
      if (error.file == refused.reference) return true;
      if (error.file == refused.at.file && error.line == refused.at.line &&
          error.column == refused.at.column) {
        return true;
      }
    }
    return false;
  }
  std::vector<Refused> refused_;
};

/// What fixes a location that does not resolve: a catalog entry that maps it to a local file.
constexpr char kCatalogHint[] =
    "; a catalog can map it to a local file: --catalog FILE (for a profile: a <catalog> in its "
    "manifest)";

/// Resolves xs:import / xs:include / xs:redefine through the policy, and refuses everything else.
class SchemaResolver : public XMLEntityResolver {
 public:
  SchemaResolver(const ResourcePolicy* policy, SchemaErrorCollector& errors)
      : policy_(policy), errors_(errors) {}

  InputSource* resolveEntity(XMLResourceIdentifier* id) override {
    std::string reference = to_utf8(id->getSystemId());
    std::string base = to_utf8(id->getBaseURI());
    switch (id->getResourceIdentifierType()) {
      case XMLResourceIdentifier::SchemaGrammar:
      case XMLResourceIdentifier::SchemaImport:
      case XMLResourceIdentifier::SchemaInclude:
      case XMLResourceIdentifier::SchemaRedefine:
        break;
      default:
        // External entities and DTD subsets in schema documents are never read. An external DTD
        // subset only supplies defaults that XML Schema does not need, so it is replaced by
        // nothing; an external general entity would change content, so it is an error.
        if (id->getResourceIdentifierType() != XMLResourceIdentifier::ExternalEntity ||
            !reference.ends_with(".dtd")) {
          errors_.add_refusal(base, "external entity '" + reference + "' refused");
        }
        return empty_source(reference);
    }
    if (policy_ == nullptr) {
      errors_.add_refusal(base, "embedded schema may not import '" + reference + "'");
      return empty_source(reference);
    }
    auto resolved = policy_->resolve(reference, base);
    if (auto* refusal = std::get_if<Refusal>(&resolved)) {
      // Located at the xs:import / xs:include that names it (Xerces sets the locator there).
      const Locator* at = id->getLocator();
      errors_.add_refusal(base, "schema location refused: " + refusal->reason + kCatalogHint,
                          at ? static_cast<int>(at->getLineNumber()) : 0,
                          at ? static_cast<int>(at->getColumnNumber()) : 0, reference);
      return empty_source(reference);
    }
    const auto& path = std::get<fs::path>(resolved);
    loaded.insert(path);
    auto utf16 = to_utf16(path.string());
    return new LocalFileInputSource(utf16.c_str());
  }

  std::set<fs::path> loaded;

 private:
  static InputSource* empty_source(const std::string& reference) {
    static const XMLByte kNothing[] = {0};
    auto id = to_utf16(reference);
    return new MemBufInputSource(kNothing, 0, id.c_str(), false);
  }
  const ResourcePolicy* policy_;
  SchemaErrorCollector& errors_;
};

/// Schema errors listed after the first; the rest are counted. Each is one line, and a schema
/// set that is broken in many places (a wrong catalog) would otherwise fill the screen.
constexpr std::size_t kListedSchemaErrors = 20;

/// "file:line:col" with the parts that are known.
std::string where(const SchemaError& error, const std::string& entry) {
  std::string out = error.file.empty() ? entry : error.file;
  if (error.line > 0) out += ":" + std::to_string(error.line);
  if (error.line > 0 && error.column > 0) out += ":" + std::to_string(error.column);
  return out;
}

/// One ConfigError located at the first error; every further error follows on its own line with
/// its own location, so the user can fix them all in one go.
[[noreturn]] void throw_schema_errors(const std::vector<SchemaError>& errors,
                                      const std::string& entry) {
  const auto& first = errors.front();
  std::ostringstream message;
  message << "schema does not compile: " << first.message;
  const std::size_t listed = std::min(errors.size(), kListedSchemaErrors + 1);
  for (std::size_t i = 1; i < listed; ++i) {
    message << "\n  " << where(errors[i], entry) << ": " << errors[i].message;
  }
  if (errors.size() > listed) {
    const std::size_t more = errors.size() - listed;
    message << "\n  (and " << more << " more schema error" << (more == 1 ? ")" : "s)");
  }
  throw ConfigError(message.str(), first.file.empty() ? entry : first.file, first.line,
                    first.column);
}

std::string clark_name(std::string_view namespace_uri, std::string_view local_name) {
  return "{" + std::string(namespace_uri) + "}" + std::string(local_name);
}

}  // namespace

SchemaSet::SchemaSet() = default;
SchemaSet::~SchemaSet() = default;

void SchemaSet::index_pool() {
  auto grammars = pool_->getGrammarEnumerator();
  while (grammars.hasMoreElements()) {
    Grammar& grammar = grammars.nextElement();
    const std::string target_namespace = to_utf8(grammar.getTargetNamespace());
    namespaces_.push_back(target_namespace);
    if (grammar.getGrammarType() != Grammar::SchemaGrammarType) continue;
    auto declarations = static_cast<SchemaGrammar&>(grammar).getElemEnumerator();
    while (declarations.hasMoreElements()) {
      const SchemaElementDecl& declaration = declarations.nextElement();
      // A top-level declaration's name is in the grammar's target namespace.
      if (declaration.getEnclosingScope() != Grammar::TOP_LEVEL_SCOPE) continue;
      global_elements_.insert(clark_name(target_namespace, to_utf8(declaration.getBaseName())));
    }
  }
  std::sort(namespaces_.begin(), namespaces_.end());
}

bool SchemaSet::declares_global_element(std::string_view namespace_uri,
                                        std::string_view local_name) const {
  return global_elements_.contains(clark_name(namespace_uri, local_name));
}

namespace {

struct LoadResult {
  std::unique_ptr<XMLGrammarPool> pool;
  std::set<fs::path> files;
};

/// Collects what Xerces-C serializes into a string.
class StringOutputStream : public BinOutputStream {
 public:
  explicit StringOutputStream(std::string& out) : out_(out) {}
  XMLFilePos curPos() const override { return out_.size(); }
  void writeBytes(const XMLByte* const bytes, const XMLSize_t count) override {
    out_.append(reinterpret_cast<const char*>(bytes), count);
  }

 private:
  std::string& out_;
};

void serialize_into(XMLGrammarPool& pool, std::string& out) {
  out.clear();
  StringOutputStream stream(out);
  try {
    pool.serializeGrammars(&stream);
  } catch (const XMLException&) {
    out.clear();  // nothing to cache; the compiled set itself is fine
  }
}

LoadResult load(const InputSource& source, const ResourcePolicy* policy,
                const std::string& entry_name, std::string* serialized = nullptr) {
  ensure_initialized();
  auto pool = std::make_unique<SharedGrammarPool>(XMLPlatformUtils::fgMemoryManager);
  SchemaErrorCollector errors;
  SchemaResolver resolver(policy, errors);
  SecurityManager security;
  {
    SAX2XMLReaderImpl loader(XMLPlatformUtils::fgMemoryManager, pool.get());
    harden(loader, security);
    loader.setFeature(XMLUni::fgSAX2CoreValidation, true);
    loader.setFeature(XMLUni::fgXercesSchema, true);
    loader.setFeature(XMLUni::fgXercesSchemaFullChecking, true);
    // XBau 2.6 imports its Kernmodul namespace from four files; merge them instead of keeping
    // only the first import of a namespace (libxml2 fails exactly there).
    loader.setFeature(XMLUni::fgXercesHandleMultipleImports, true);
    loader.setFeature(XMLUni::fgXercesCacheGrammarFromParse, true);
    loader.setErrorHandler(&errors);
    loader.setXMLEntityResolver(&resolver);
    try {
      Grammar* grammar = loader.loadGrammar(source, Grammar::SchemaGrammarType, true);
      if (grammar == nullptr && errors.errors.empty()) {
        errors.add_refusal(entry_name, "no schema grammar could be read");
      }
    } catch (const XMLException& e) {
      errors.add_refusal(entry_name, to_utf8(e.getMessage()));
    } catch (const SAXParseException& e) {
      errors.add_refusal(entry_name, to_utf8(e.getMessage()));
    }
  }
  if (!errors.errors.empty()) throw_schema_errors(errors.errors, entry_name);
  if (serialized != nullptr) serialize_into(*pool, *serialized);  // unlocked: see schema_set.h
  pool->lockPool();
  prepare_patterns_for_concurrent_use(*pool);
  return {std::move(pool), std::move(resolver.loaded)};
}

}  // namespace

std::shared_ptr<const SchemaSet> SchemaSet::compile(const fs::path& entry,
                                                    const ResourcePolicy& policy,
                                                    std::string* serialized) {
  auto resolved = policy.resolve(fs::absolute(entry).string(), "");
  if (auto* refusal = std::get_if<Refusal>(&resolved)) {
    throw ConfigError("schema refused: " + refusal->reason, entry.string());
  }
  const auto& path = std::get<fs::path>(resolved);
  auto utf16 = to_utf16(path.string());
  ensure_initialized();
  LocalFileInputSource source(utf16.c_str());
  auto result = load(source, &policy, path.string(), serialized);
  std::shared_ptr<SchemaSet> set(new SchemaSet());
  set->pool_ = std::move(result.pool);
  set->index_pool();
  set->files_.push_back(path);
  for (const auto& file : result.files) {
    if (file != path) set->files_.push_back(file);
  }
  return set;
}

std::shared_ptr<const SchemaSet> SchemaSet::compile_embedded(std::string_view xsd,
                                                             std::string_view name) {
  ensure_initialized();
  auto id = to_utf16(name);
  MemBufInputSource source(reinterpret_cast<const XMLByte*>(xsd.data()), xsd.size(), id.c_str(),
                           false);
  auto result = load(source, nullptr, std::string(name));
  std::shared_ptr<SchemaSet> set(new SchemaSet());
  set->pool_ = std::move(result.pool);
  set->index_pool();
  return set;
}

std::shared_ptr<const SchemaSet> SchemaSet::deserialize(std::string_view bytes,
                                                        std::vector<fs::path> files) {
  ensure_initialized();
  auto pool = std::make_unique<SharedGrammarPool>(XMLPlatformUtils::fgMemoryManager);
  try {
    BinMemInputStream stream(reinterpret_cast<const XMLByte*>(bytes.data()), bytes.size(),
                             BinMemInputStream::BufOpt_Reference);
    pool->deserializeGrammars(&stream);  // needs an empty, unlocked pool
    pool->lockPool();  // sealed as a freshly compiled set is, whatever lock state was stored
  } catch (const XMLException& e) {
    throw std::runtime_error("grammar pool does not deserialize: " + to_utf8(e.getMessage()));
  } catch (const OutOfMemoryException&) {
    throw std::runtime_error("grammar pool does not deserialize: out of memory");
  }
  prepare_patterns_for_concurrent_use(*pool);
  std::shared_ptr<SchemaSet> set(new SchemaSet());
  set->pool_ = std::move(pool);
  set->index_pool();
  if (set->namespaces_.empty()) throw std::runtime_error("deserialized grammar pool is empty");
  set->files_ = std::move(files);
  return set;
}

std::string SchemaSet::format_id() {
  return "xerces-c " XERCES_FULLVERSIONDOT " grammar-serialization-level " +
         std::to_string(XERCES_GRAMMAR_SERIALIZATION_LEVEL);
}

}  // namespace konform::xml
