// A Xerces-C grammar pool that is sealed for sharing between threads without building the schema
// component model (XSModel). XMLGrammarPoolImpl::lockPool() builds that model for PSVI users; for
// the XBau schema set it costs about 5 ms of a 35 ms warm start, and konform reads it only when a
// profile binds code lists through the schemas. Here it is built on first request instead.
#pragma once

#include <xercesc/framework/XMLGrammarPoolImpl.hpp>

#include <memory>
#include <mutex>

namespace xercesc_3_2 {
class XMLSynchronizedStringPool;
}

namespace konform::xml {

class SharedGrammarPool final : public xercesc::XMLGrammarPoolImpl {
 public:
  explicit SharedGrammarPool(xercesc::MemoryManager* memory);
  ~SharedGrammarPool() override;

  /// Seals the pool: no grammar may be added, orphaned or cleared any more, and the URI string
  /// pool that readers extend becomes the synchronized one, as in XMLGrammarPoolImpl.
  void lockPool() override;
  void unlockPool() override;
  bool cacheGrammar(xercesc::Grammar* grammar) override;
  xercesc::Grammar* orphanGrammar(const XMLCh* key) override;
  bool clear() override;
  xercesc::XMLStringPool* getURIStringPool() override;

  /// Built on the first call (under a lock, so concurrent callers get the same model) and kept;
  /// a sealed pool never changes, so the model stays valid.
  xercesc::XSModel* getXSModel(bool& changed) override;

 private:
  bool sealed_ = false;
  std::unique_ptr<xercesc::XMLSynchronizedStringPool> uri_pool_;
  std::mutex model_mutex_;
};

}  // namespace konform::xml
