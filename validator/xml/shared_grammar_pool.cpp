#include "validator/xml/shared_grammar_pool.h"

#include <xercesc/util/SynchronizedStringPool.hpp>

namespace konform::xml {
using namespace xercesc;

SharedGrammarPool::SharedGrammarPool(MemoryManager* memory) : XMLGrammarPoolImpl(memory) {}

SharedGrammarPool::~SharedGrammarPool() = default;

void SharedGrammarPool::lockPool() {
  if (sealed_) return;
  // A pool read back from a cache entry that was stored locked carries the base class's lock;
  // drop it, so that only this class decides.
  XMLGrammarPoolImpl::unlockPool();
  uri_pool_.reset(new (getMemoryManager()) XMLSynchronizedStringPool(
      XMLGrammarPoolImpl::getURIStringPool(), 109, getMemoryManager()));
  sealed_ = true;
}

void SharedGrammarPool::unlockPool() {
  if (!sealed_) return;
  sealed_ = false;
  uri_pool_.reset();
}

bool SharedGrammarPool::cacheGrammar(Grammar* grammar) {
  return !sealed_ && XMLGrammarPoolImpl::cacheGrammar(grammar);
}

Grammar* SharedGrammarPool::orphanGrammar(const XMLCh* key) {
  return sealed_ ? nullptr : XMLGrammarPoolImpl::orphanGrammar(key);
}

bool SharedGrammarPool::clear() { return !sealed_ && XMLGrammarPoolImpl::clear(); }

XMLStringPool* SharedGrammarPool::getURIStringPool() {
  return sealed_ ? uri_pool_.get() : XMLGrammarPoolImpl::getURIStringPool();
}

XSModel* SharedGrammarPool::getXSModel(bool& changed) {
  std::lock_guard lock(model_mutex_);
  return XMLGrammarPoolImpl::getXSModel(changed);
}

}  // namespace konform::xml
