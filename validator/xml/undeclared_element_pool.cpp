#include "validator/xml/undeclared_element_pool.h"

#include <xercesc/internal/SGXMLScanner.hpp>
#include <xercesc/parsers/SAX2XMLReaderImpl.hpp>
#include <xercesc/util/RefHash3KeysIdPool.hpp>
#include <xercesc/validators/schema/SchemaElementDecl.hpp>

#include <algorithm>
#include <bit>

namespace konform::xml {
using namespace xercesc;

namespace {

/// Reach protected members through pointers to members, the one legal way to use a protected
/// member of an object that is not of the derived type (as concurrent_regex.cpp does).
struct ScannerOfValidator : XMLValidator {
  using Getter = XMLScanner* (XMLValidator::*)();
  static Getter getter() { return static_cast<Getter>(&ScannerOfValidator::getScanner); }
};
using UndeclaredPool = RefHash3KeysIdPool<SchemaElementDecl>;
struct UndeclaredPoolOfScanner : SGXMLScanner {
  static UndeclaredPool* SGXMLScanner::*member() {
    return &UndeclaredPoolOfScanner::fElemNonDeclPool;
  }
};

/// The bucket count for an input: a power of two minus one, so that inputs of about the same size
/// keep the pool they have (the pool is replaced only when the count changes), and odd, so that
/// the hash's low bits are not all that picks a bucket. Xerces-C's own count is 29.
std::size_t bucket_count_for(std::size_t input_size) {
  const std::size_t wanted = std::max<std::size_t>(input_size / kBytesPerBucket, 32);
  return std::bit_ceil(wanted) - 1;
}

}  // namespace

std::size_t fit_undeclared_element_pool(SAX2XMLReaderImpl& reader, std::size_t input_size) {
  XMLValidator* validator = reader.getValidator();
  if (validator == nullptr) return 0;
  auto* scanner = dynamic_cast<SGXMLScanner*>((validator->*ScannerOfValidator::getter())());
  if (scanner == nullptr) return 0;
  UndeclaredPool*& pool = scanner->*UndeclaredPoolOfScanner::member();
  const std::size_t buckets = bucket_count_for(input_size);
  if (pool == nullptr || pool->getHashModulus() != buckets) {
    // The pool holds only the previous input's undeclared elements, which the scanner would drop
    // at the start of the next parse anyway (SGXMLScanner::scanReset).
    MemoryManager* memory = scanner->getMemoryManager();
    delete pool;
    pool = new (memory) UndeclaredPool(buckets, true, 128, memory);
  }
  return pool->getHashModulus();
}

}  // namespace konform::xml
