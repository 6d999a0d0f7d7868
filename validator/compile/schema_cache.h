// Schema sets through the compiled-profile cache. Compiling a large XÖV schema set (parsing every
// document, full constraint checking) dominates konform's start-up; a cached set is Xerces-C's
// own serialization of the sealed grammar pool, read back in a fraction of that time.
//
// Key: konform's version and build, the Xerces-C serialization format, the entry schema, the
// folders schemas may be read from and the catalogs. The entry then lists every schema document
// and every catalog (with the catalogs it chains to) the set was compiled from, with its SHA-256:
// the same files a profile's hash and lock cover. It is used only when all of them still hash
// the same, so an edited, added or swapped schema or catalog is compiled afresh (and the entry
// overwritten).
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "validator/cache/cache_store.h"
#include "validator/xml/resource_policy.h"
#include "validator/xml/schema_set.h"

namespace konform {

/// The schema set of `entry` resolved through `policy`: from `store` when it holds a trusted,
/// current entry, else compiled (and then stored). A null `store` compiles. Throws ConfigError as
/// xml::SchemaSet::compile does; cache trouble never throws.
std::shared_ptr<const xml::SchemaSet> compile_schema_cached(const std::filesystem::path& entry,
                                                            const xml::ResourcePolicy& policy,
                                                            const cache::Store* store);

}  // namespace konform
