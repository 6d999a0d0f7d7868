// Xerces-C builds the lookup table of a regular-expression character class lazily, on its first
// match (RangeToken::createMap), with no lock. Pattern facets of a grammar shared by several
// threads would race there and abort (seen here: "RangeToken.cpp:837: doCreateMap(): Assertion
// `!fMap' failed" under --jobs 8). So every pattern facet's tables are built once, up front, while
// the schema set is still owned by one thread.
#pragma once

namespace xercesc_3_2 {
class XMLGrammarPool;
}

namespace konform::xml {

/// Builds the character-class tables of every pattern facet in the pool's grammars and of the
/// built-in datatypes. Call before the pool is shared between threads.
void prepare_patterns_for_concurrent_use(xercesc_3_2::XMLGrammarPool& pool);

}  // namespace konform::xml
